double TaylorE(int terms)
{
    throw new NotImplementedException();
}

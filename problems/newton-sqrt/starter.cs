long IntSqrt(long n)
{
    throw new NotImplementedException();
}

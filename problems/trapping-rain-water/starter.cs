int Trap(int[] height)
{
    throw new NotImplementedException();
}

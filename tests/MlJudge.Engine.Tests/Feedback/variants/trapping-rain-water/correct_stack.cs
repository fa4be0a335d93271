// problem: trapping-rain-water
// expect: none
// Correct: monotonic stack, water filled layer by layer.
int Trap(int[] height)
{
    var stack = new Stack<int>();
    int water = 0;
    for (int i = 0; i < height.Length; i++)
    {
        while (stack.Count > 0 && height[i] > height[stack.Peek()])
        {
            int bottom = stack.Pop();
            if (stack.Count == 0) break;
            int l = stack.Peek();
            water += (Math.Min(height[l], height[i]) - height[bottom]) * (i - l - 1);
        }
        stack.Push(i);
    }
    return water;
}

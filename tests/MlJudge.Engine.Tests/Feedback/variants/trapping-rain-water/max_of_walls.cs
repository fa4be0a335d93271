// problem: trapping-rain-water
// expect: max-instead-of-min
int Trap(int[] height)
{
    int n = height.Length;
    if (n == 0) return 0;
    var left = new int[n]; var right = new int[n];
    left[0] = height[0];
    for (int i = 1; i < n; i++) left[i] = Math.Max(left[i - 1], height[i]);
    right[n - 1] = height[n - 1];
    for (int i = n - 2; i >= 0; i--) right[i] = Math.Max(right[i + 1], height[i]);
    int w = 0;
    for (int i = 0; i < n; i++) w += Math.Max(left[i], right[i]) - height[i];
    return w;
}

// Counts only dips between directly adjacent taller neighbours: misses wide basins.
int Trap(int[] height)
{
    var water = 0;
    for (var i = 1; i + 1 < height.Length; i++)
        water += Math.Max(0, Math.Min(height[i - 1], height[i + 1]) - height[i]);
    return water;
}

// For every bar, scan both sides for the highest wall: O(n^2).
int Trap(int[] height)
{
    var water = 0;
    for (var i = 0; i < height.Length; i++)
    {
        int left = 0, right = 0;
        for (var j = 0; j <= i; j++) left = Math.Max(left, height[j]);
        for (var j = i; j < height.Length; j++) right = Math.Max(right, height[j]);
        water += Math.Min(left, right) - height[i];
    }
    return water;
}

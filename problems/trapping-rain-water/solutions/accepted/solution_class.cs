// Prefix and suffix maxima, straight from the formula.
public class Solution
{
    public static int Trap(int[] height)
    {
        var n = height.Length;
        if (n == 0) return 0;
        var leftMax = new int[n];
        var rightMax = new int[n];
        leftMax[0] = height[0];
        for (var i = 1; i < n; i++) leftMax[i] = Math.Max(leftMax[i - 1], height[i]);
        rightMax[n - 1] = height[n - 1];
        for (var i = n - 2; i >= 0; i--) rightMax[i] = Math.Max(rightMax[i + 1], height[i]);
        var water = 0;
        for (var i = 0; i < n; i++) water += Math.Min(leftMax[i], rightMax[i]) - height[i];
        return water;
    }
}

// problem: trapping-rain-water
// expect: none
// Unrelated wrong: only the wall on the left is considered, so water pours off the right end is never noticed.
int Trap(int[] height)
{
    int total = 0, left = 0;
    foreach (var h in height)
    {
        left = Math.Max(left, h);
        total += left - h;
    }
    return total;
}

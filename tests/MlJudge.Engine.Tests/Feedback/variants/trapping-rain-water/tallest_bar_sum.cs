// problem: trapping-rain-water
// expect: max-instead-of-min
// Fills every cell up to the tallest bar. Written as an "unrelated" answer at first, it is the same function as the
// known mistake: the larger of the highest bars on the left and on the right is always the tallest bar overall.
int Trap(int[] height) => height.Length == 0 ? 0 : height.Sum(h => height.Max() - h);

// problem: trapping-rain-water
// expect: none
// Unrelated wrong: counts cells lower than the tallest bar.
int Trap(int[] height) => height.Length == 0 ? 0 : height.Sum(h => height.Max() - h);

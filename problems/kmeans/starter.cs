int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
{
    // Assign (ties: lowest index), then update / reassign up to maxIterations times, stopping early.
    throw new NotImplementedException();
}

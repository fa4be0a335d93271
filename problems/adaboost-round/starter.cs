double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    // err = misclassified weight / total weight, clipped to [delta, 1 - delta] with delta = 2^-33;
    // alpha = 0.5 * ln((1 - err) / err); w_i *= exp(-alpha * y_i * h_i); normalize; return [alpha, w...].
    throw new NotImplementedException();
}

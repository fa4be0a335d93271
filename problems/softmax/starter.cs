double[] Softmax(double[] logits)
{
    // Return e^{z_i} / sum_j e^{z_j}, without overflowing for large logits.
    throw new NotImplementedException();
}

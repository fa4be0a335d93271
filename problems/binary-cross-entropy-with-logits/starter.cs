double BceWithLogits(double[] logits, double[] targets)
{
    throw new NotImplementedException();
}

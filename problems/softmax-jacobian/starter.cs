double[][] SoftmaxJacobian(double[] logits)
{
    throw new NotImplementedException();
}

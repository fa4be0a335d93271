int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    // Visit by descending score (ties: lower index first); keep unless IoU with a kept box > threshold.
    throw new NotImplementedException();
}

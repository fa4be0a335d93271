// Independent formulation: works with normalized weights p_i = w_i / W and the analytic normalizer
// Z = (1 - err) e^{-alpha} + err e^{alpha}, with e^{alpha} = sqrt((1 - err_c) / err_c), instead of summing.
public class Solution
{
    public double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
    {
        var n = weights.Length;
        var total = weights.Sum();
        double correctMass = 0, wrongMass = 0;
        for (var i = 0; i < n; i++)
            if (predictions[i] * labels[i] > 0) correctMass += weights[i]; else wrongMass += weights[i];
        // Both fractions summed directly: 1 - correct would lose all precision of a tiny error.
        var correct = correctMass / total;
        var err = wrongMass / total;
        var clipped = Math.Clamp(err, Math.ScaleB(1.0, -33), 1 - Math.ScaleB(1.0, -33));
        var up = Math.Sqrt((1 - clipped) / clipped);   // e^{alpha}
        var down = 1 / up;                             // e^{-alpha}
        var z = correct * down + err * up;
        var result = new double[n + 1];
        result[0] = Math.Log(up);
        for (var i = 0; i < n; i++)
            result[i + 1] = weights[i] / total * (predictions[i] == labels[i] ? down : up) / z;
        return result;
    }
}

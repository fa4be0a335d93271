// "A perceptron can learn any gate": the hidden layer only copies the inputs (h_j = x_j), and the output
// neuron is trained with the perceptron rule for a fixed number of epochs. Works for AND, OR, NOT,
// majority...; never converges on XOR, parity or most random tables, which are not linearly separable.
double[][] BuildNetwork(int n, int[] truthTable)
{
    var w = new double[n];
    double b = 0;
    for (var epoch = 0; epoch < 1000; epoch++)
    {
        var mistakes = 0;
        for (var k = 0; k < truthTable.Length; k++)
        {
            var t = truthTable[k] == 1 ? 1 : -1;
            var z = b;
            for (var j = 0; j < n; j++) z += w[j] * ((k >> j) & 1);
            if (t * z > 0) continue;
            mistakes++;
            for (var j = 0; j < n; j++) w[j] += t * ((k >> j) & 1);
            b += t;
        }
        if (mistakes == 0) break;
    }
    var network = new double[n + 1][];
    for (var j = 0; j < n; j++)
    {
        network[j] = new double[n + 1];
        network[j][j] = 1;
        network[j][n] = -0.5;   // h_j = step(x_j - 0.5) = x_j
    }
    network[n] = w.Append(b).ToArray();
    return network;
}

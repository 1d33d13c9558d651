// The quantization arithmetic: encodings keep zero exact and errors within half a step; weights
// per channel; biases in accumulator scale; the fixed-point requantization equals an exact
// reference bit for bit; a whole quantized dot product lands within one output step of float.
#include <QtTest>

#include <cmath>
#include <random>

#include "core/error.h"
#include "quant/quant_math.h"
#include "test_support.h"

using namespace dfc;

class TestQuantMath : public QObject {
    Q_OBJECT

private slots:
    void activationEncodingKeepsZeroExact()
    {
        for (auto [lo, hi] : std::vector<std::pair<double, double>>{{-1.3, 4.7}, {0.2, 6.0}, {-8, -0.5}, {0, 0}, {-3e-3, 2e4}})
            for (int bits : {8, 16}) {
                const QuantParams p = activationParams(lo, hi, bits);
                QCOMPARE(p.dequantize(p.zeroPoint), 0.0);
                QCOMPARE(p.quantize(0.0), p.zeroPoint);
                QCOMPARE(p.qmax, (1 << bits) - 1);
                for (double v : {lo, hi, (lo + hi) / 2})
                    QVERIFY2(std::fabs(p.dequantize(p.quantize(v)) - v) <= p.scale * 0.5 + 1e-12 + (v < 0 ? 0 : 0),
                             qPrintable(QString("%1 in [%2, %3], %4 bits").arg(v).arg(lo).arg(hi).arg(bits)));
            }
        QVERIFY(activationParams(-1, 1, 16).scale < activationParams(-1, 1, 8).scale / 200);
        QVERIFY_THROWS_EXCEPTION(Error, activationParams(0, 1, 12));
        QVERIFY_THROWS_EXCEPTION(Error, activationParams(2, 1, 8));
    }

    void weightsPerChannelWithinHalfAStep()
    {
        Tensor k = test::randomTensor({3, 3, 5, 4}, 11);
        for (int64_t i = 0; i < k.size(); ++i)
            if (i % 4 == 2) k.data[i] *= 50;  // one channel with a much larger range
        for (int bits : {4, 8, 16}) {
            const QuantizedWeights q = quantizeWeightsPerChannel(k, bits);
            QCOMPARE(q.channels.size(), size_t{4});
            QCOMPARE(q.channels[0].qmax, (1 << (bits - 1)) - 1);
            QVERIFY(q.channels[2].scale > 40 * q.channels[0].scale);
            std::vector<int32_t> maxQ(4, 0);
            for (int64_t i = 0; i < k.size(); ++i) {
                const QuantParams& p = q.channels[static_cast<size_t>(i % 4)];
                QVERIFY(std::fabs(p.dequantize(q.values[i]) - k.data[i]) <= p.scale * 0.5 + 1e-9);
                maxQ[static_cast<size_t>(i % 4)] = std::max(maxQ[static_cast<size_t>(i % 4)], std::abs(q.values[i]));
            }
            for (int32_t m : maxQ) QCOMPARE(m, q.channels[0].qmax);  // each channel uses its full range
        }
    }

    void biasInAccumulatorScale()
    {
        const Tensor k = test::randomTensor({1, 1, 8, 3}, 12), b = test::randomTensor({3}, 13);
        const QuantizedWeights w = quantizeWeightsPerChannel(k, 8);
        const double inScale = 0.02;
        const auto qb = quantizeBias(b, inScale, w.channels);
        for (size_t c = 0; c < 3; ++c) QVERIFY(std::fabs(qb[c] * inScale * w.channels[c].scale - b.data[c]) <= 0.5 * inScale * w.channels[c].scale);
    }

    void requantizationMatchesExactArithmetic()
    {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> logM(std::log(1e-6), std::log(50.0));
        std::uniform_int_distribution<int64_t> acc(-(int64_t{1} << 31) + 1, (int64_t{1} << 31) - 1);
        for (int i = 0; i < 200000; ++i) {
            const double m = std::exp(logM(rng));
            const FixedPointMultiplier f = fixedPointMultiplier(m);
            QVERIFY(f.multiplier >= (1 << 30));
            const int64_t x = i % 4 == 0 ? acc(rng) % 1000 : acc(rng);
            // x·multiplier has at most 62 significant bits: exact in long double's 64-bit mantissa.
            const long double exact = std::ldexp(static_cast<long double>(x) * f.multiplier, f.shift - 31);
            const long double r = std::llroundl(std::clamp(exact, (long double)INT32_MIN, (long double)INT32_MAX));
            if (applyMultiplier(x, f) != static_cast<int32_t>(r))
                QFAIL(qPrintable(QString("x=%1 m=%2: %3 vs %4").arg(x).arg(m).arg(applyMultiplier(x, f)).arg(double(r))));
            QVERIFY(std::fabs(double(f.multiplier) * std::ldexp(1.0, f.shift - 31) / m - 1) < 1e-9);
        }
        QCOMPARE(applyMultiplier(5, fixedPointMultiplier(0.5)), 3);    // 2.5 → 3 (away from zero)
        QCOMPARE(applyMultiplier(-5, fixedPointMultiplier(0.5)), -3);
        QCOMPARE(applyMultiplier(INT32_MAX, fixedPointMultiplier(40.0)), INT32_MAX);  // saturates
        QVERIFY_THROWS_EXCEPTION(Error, fixedPointMultiplier(0.0));
    }

    /// The inline 64-bit path equals the 128-bit one wherever it is taken, including the edges
    /// of its range and the smallest and largest multipliers.
    void fastRequantizationEqualsWidePath()
    {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> logM(std::log(1e-18), std::log(1e9));
        const int64_t edges[] = {0, 1, -1, (int64_t{1} << 31) - 1, -(int64_t{1} << 31) + 1, int64_t{1} << 31, -(int64_t{1} << 31),
                                 int64_t{1} << 40, -(int64_t{1} << 50)};
        for (int i = 0; i < 200000; ++i) {
            const FixedPointMultiplier f = fixedPointMultiplier(std::exp(logM(rng)));
            const int64_t x = i < 9 * 20 ? edges[i % 9] : static_cast<int64_t>(rng()) >> (i % 40);
            if (applyMultiplier64(x, f) != applyMultiplier64Wide(x, f))
                QFAIL(qPrintable(QString("x=%1 multiplier=%2 shift=%3").arg(x).arg(f.multiplier).arg(f.shift)));
        }
    }

    void quantizedDotProductMatchesRealArithmetic()
    {
        // y = w·x + b in integers: (x_q − zx)·w_q accumulated in int32, plus the int32 bias,
        // requantized to the output's uint8 encoding.
        const int64_t n = 64;
        const Tensor x = test::randomTensor({n}, 21), k = test::randomTensor({n, 1}, 22), b = test::randomTensor({1}, 23);
        double y = b.data[0];
        for (int64_t i = 0; i < n; ++i) y += double(x.data[i]) * k.data[i];
        const QuantParams in = activationParams(-1, 1, 8), out = activationParams(y - 3, y + 2, 8);
        const QuantizedWeights w = quantizeWeightsPerChannel(k, 8);
        int64_t accumulator = quantizeBias(b, in.scale, w.channels)[0];
        for (int64_t i = 0; i < n; ++i) accumulator += int64_t(in.quantize(x.data[i]) - in.zeroPoint) * w.values[i];
        const FixedPointMultiplier m = fixedPointMultiplier(in.scale * w.channels[0].scale / out.scale);
        const int32_t q = saturate(int64_t(applyMultiplier(accumulator, m)) + out.zeroPoint, out.qmin, out.qmax);
        // The same sum in real numbers over the quantized operands: integers must agree to half
        // an output step (plus the multiplier's 2^-31 relative error).
        const auto qb = quantizeBias(b, in.scale, w.channels)[0];
        double yq = qb * in.scale * w.channels[0].scale, inputError = 0;
        for (int64_t i = 0; i < n; ++i) {
            yq += in.dequantize(in.quantize(x.data[i])) * w.channels[0].dequantize(w.values[i]);
            inputError += std::fabs(k.data[i]) * in.scale / 2 + std::fabs(x.data[i]) * w.channels[0].scale / 2;
        }
        qInfo("float %.5f, on quantized operands %.5f, integer %.5f (output step %.5f)", y, yq, out.dequantize(q), out.scale);
        QVERIFY(std::fabs(out.dequantize(q) - yq) <= out.scale * 0.5 + 1e-6);
        // And against float: within the operands' quantization error plus half a step.
        QVERIFY(std::fabs(out.dequantize(q) - y) <= out.scale * 0.5 + inputError + in.scale * w.channels[0].scale);
    }
};

QTEST_GUILESS_MAIN(TestQuantMath)
#include "test_quant_math.moc"

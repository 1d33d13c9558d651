#include "quantizer/adaround.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include <Eigen/Dense>

#include "core/error.h"
#include "emulator/executor.h"
#include "quantizer/quant_math.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;

// Rectified sigmoid of the paper: h(V) = clamp(σ(V)(ζ − γ) + γ, 0, 1).
constexpr float kZeta = 1.1f, kGamma = -0.1f;

/// Rows kept per layer, all layers held at once: about 1.5 GB of floats in total.
constexpr int64_t kRowBudgetFloats = int64_t(375) << 20;

/// What one layer's training needs: its input rows (quantized as the integer model sees them)
/// and the float layer's pre-activation output for the same rows.
struct LayerData {
    const Layer* layer = nullptr;
    const LayerQuant* quant = nullptr;
    LinearWeights weights;  // the float kernel [k, c] and bias, built once
    int64_t k = 0, c = 0, wanted = 0;
    std::vector<float> rows, target;  // [n, k], [n, c]
    int64_t n() const { return k ? int64_t(rows.size()) / k : 0; }
};

/// A block of rows: training rows first, the held-out ones after them.
struct RowBlock {
    const float* rows;
    const float* target;
    int64_t n;
};

RowBlock training(const LayerData& d, int64_t held) { return {d.rows.data(), d.target.data(), d.n() - held}; }
RowBlock heldOut(const LayerData& d, int64_t held)
{
    const int64_t from = d.n() - held;
    return {d.rows.data() + from * d.k, d.target.data() + from * d.c, held};
}

Tensor fakeQuantized(const Tensor& t, const QuantParams& p)
{
    Tensor out = t;
    for (float& v : out.data) v = static_cast<float>(p.dequantize(p.quantize(v)));
    return out;
}

/// The activation the reconstruction loss is taken after: ReLU-like clamps train on what the
/// next layer sees; other activations train on the pre-activation output.
struct Clamp {
    float lo = -INFINITY, hi = INFINITY;
    float operator()(float v) const { return std::clamp(v, lo, hi); }
    bool passes(float v) const { return v > lo && v < hi; }
};

Clamp clampOf(const Layer& l)
{
    const std::string a = layerActivation(l);
    if (a == "relu") return {0, INFINITY};
    if (a == "relu6") return {0, 6};
    return {};
}

/// Float kernel [K, C] and bias (in accumulator units times the accumulator scale) of a layer.
struct Problem {
    Matrix weights;            // float kernel, [k, c]
    Vector scale, bias;        // per channel: kernel scale, float bias the integer model adds
    Matrix base;               // floor(w / s), clamped to the grid
    float qmin = 0, qmax = 0;
    Clamp act;
};

Problem problemOf(const LayerData& d, const QuantizedModel& model)
{
    const Layer& l = *d.layer;
    const LayerQuant& q = *d.quant;
    const LinearWeights& w = d.weights;
    Problem p;
    p.weights = Eigen::Map<const Matrix>(w.kernel.data.data(), d.k, d.c);
    const std::vector<double> acc = q.accumulatorScales(model.at(l.inputs.at(0)).output.scale);
    p.scale.resize(d.c);
    p.bias.resize(d.c);
    for (int64_t c = 0; c < d.c; ++c) {
        p.scale[c] = static_cast<float>(q.kernelScale[static_cast<size_t>(c)]);
        p.bias[c] = static_cast<float>(double(q.bias[static_cast<size_t>(c)]) * acc[static_cast<size_t>(c)]);
    }
    const QuantParams grid = weightParams(1.0, q.weightBits);
    p.qmin = float(grid.qmin), p.qmax = float(grid.qmax);
    p.base = (p.weights.array().rowwise() / p.scale.transpose().array()).floor().cwiseMax(p.qmin).cwiseMin(p.qmax);
    p.act = clampOf(l);
    return p;
}

/// Output MSE over a block of rows with integer kernel `codes` ([k, c]) and bias `bias`.
double reconstructionMse(const LayerData& d, const RowBlock& block, const Problem& p, const Matrix& codes, const Vector& bias)
{
    const Matrix w = codes.array().rowwise() * p.scale.transpose().array();
    const Eigen::Map<const Matrix> x(block.rows, block.n, d.k), t(block.target, block.n, d.c);
    Matrix y = x * w;
    y.rowwise() += bias.transpose();
    double sum = 0;
    for (int64_t i = 0; i < y.size(); ++i) {
        const double e = p.act(y.data()[i]) - p.act(t.data()[i]);
        sum += e * e;
    }
    return sum / double(std::max<int64_t>(1, y.size()));
}

Matrix nearestCodes(const LayerQuant& q, int64_t k, int64_t c)
{
    Matrix m(k, c);
    for (int64_t i = 0; i < k * c; ++i) m.data()[i] = float(q.kernel[static_cast<size_t>(i)]);
    return m;
}

/// Trains the rounding variables; returns the hard codes base + (h ≥ ½).
Matrix trainRounding(const LayerData& d, const RowBlock& block, const Problem& p, double nearestMse, const AdaRoundOptions& o,
                     std::mt19937_64& rng)
{
    const int64_t k = d.k, c = d.c, n = block.n, b = std::min(o.rowsPerStep, n);
    // Start at the nearest-rounding point: h(V) = the fractional part of w / s.
    const Matrix rest = ((p.weights.array().rowwise() / p.scale.transpose().array()) - p.base.array()).cwiseMax(0.0f).cwiseMin(1.0f);
    Matrix v = rest.unaryExpr([](float r) {
        const float s = std::clamp((r - kGamma) / (kZeta - kGamma), 1e-4f, 1 - 1e-4f);
        return std::log(s / (1 - s));
    });
    Matrix m1 = Matrix::Zero(k, c), m2 = Matrix::Zero(k, c);
    const Eigen::Map<const Matrix> rows(block.rows, n, k), target(block.target, n, c);
    Matrix xb(b, k), tb(b, c);
    std::uniform_int_distribution<int64_t> pick(0, n - 1);
    const float recNorm = float(2.0 / (double(b) * c * std::max(nearestMse, 1e-30)));
    const float regNorm = float(o.weight / double(k * c));
    const int64_t warm = static_cast<int64_t>(o.warmup * double(o.iterations));
    for (int64_t it = 0; it < o.iterations; ++it) {
        for (int64_t r = 0; r < b; ++r) {
            const int64_t row = pick(rng);
            xb.row(r) = rows.row(row);
            tb.row(r) = target.row(row);
        }
        const Matrix sig = v.unaryExpr([](float x) { return 1.0f / (1.0f + std::exp(-x)); });
        const Matrix raw = sig.array() * (kZeta - kGamma) + kGamma;
        const Matrix h = raw.cwiseMax(0.0f).cwiseMin(1.0f);
        const Matrix codes = (p.base + h).cwiseMax(p.qmin).cwiseMin(p.qmax);
        Matrix y = xb * (codes.array().rowwise() * p.scale.transpose().array()).matrix();
        y.rowwise() += p.bias.transpose();
        for (int64_t i = 0; i < y.size(); ++i) {
            const float pre = y.data()[i];
            y.data()[i] = p.act.passes(pre) ? recNorm * (pre - p.act(tb.data()[i])) : 0.0f;
        }
        Matrix grad = (xb.transpose() * y).array().rowwise() * p.scale.transpose().array();
        const bool regularize = it >= warm;
        const float t = regularize ? float(it - warm) / float(std::max<int64_t>(1, o.iterations - warm)) : 0;
        const float beta = float(o.betaEnd + (o.betaStart - o.betaEnd) * (1 - t));
        for (int64_t i = 0; i < k * c; ++i) {
            const float r = raw.data()[i], codeSum = p.base.data()[i] + h.data()[i];
            if (r <= 0 || r >= 1) { grad.data()[i] = 0; continue; }  // the clamp stops the gradient
            if (codeSum <= p.qmin || codeSum >= p.qmax) grad.data()[i] = 0;
            const float s = sig.data()[i], dh = s * (1 - s) * (kZeta - kGamma);
            float g = grad.data()[i];
            if (regularize) {
                const float u = 2 * h.data()[i] - 1;
                g += regNorm * -beta * std::pow(std::fabs(u), beta - 1) * (u >= 0 ? 2.0f : -2.0f);
            }
            grad.data()[i] = g * dh;
        }
        // Adam.
        const float lr = float(o.learningRate), b1 = 0.9f, b2 = 0.999f;
        const float c1 = 1 - std::pow(b1, float(it + 1)), c2 = 1 - std::pow(b2, float(it + 1));
        m1 = b1 * m1 + (1 - b1) * grad;
        m2 = b2 * m2 + (1 - b2) * grad.cwiseProduct(grad);
        v.array() -= lr * (m1.array() / c1) / ((m2.array() / c2).sqrt() + 1e-8f);
    }
    return (p.base.array() + (v.array() >= 0).cast<float>()).cwiseMax(p.qmin).cwiseMin(p.qmax);
}

/// Bias that re-centres each channel's pre-activation output on the target's.
Vector centredBias(const LayerData& d, const RowBlock& block, const Problem& p, const Matrix& codes)
{
    const Eigen::Map<const Matrix> x(block.rows, block.n, d.k), t(block.target, block.n, d.c);
    const Matrix y = x * (codes.array().rowwise() * p.scale.transpose().array()).matrix();
    return (t - y).colwise().mean().transpose();
}

/// One pass over the images: sampled input rows and float targets for every layer.
void collectRows(const Graph& graph, const QuantizedModel& model, std::vector<LayerData>& data, const CalibrationSet& set,
                 int64_t images, int64_t batchSize, std::mt19937_64& rng, const Progress& progress)
{
    Executor floatRun(graph);
    for (int64_t i = 0; i < images; i += batchSize) {
        progress.checkCancelled();
        progress.update(0.2 * double(i) / images, "AdaRound: collecting layer inputs");
        const int64_t to = std::min(images, i + batchSize);
        const EmulatorRun run = floatRun.run(calibrationBatch(set, i, to), true);
        for (LayerData& d : data) {
            const Layer& l = *d.layer;
            const QuantizeRule& rule = *QuantizeRuleRegistry::instance().find(l.type());
            const std::string& producer = l.inputs.at(0);
            const Tensor& input = run.intermediates.at(producer);
            const Tensor floatRows = rule.gemmRows(l, input);
            const Tensor quantRows = rule.gemmRows(l, fakeQuantized(input, model.at(producer).output));
            const int64_t available = floatRows.shape.at(0);
            const int64_t share = std::min(available, (d.wanted * (to - i) + images - 1) / images);
            std::vector<int64_t> order(static_cast<size_t>(available));
            for (int64_t r = 0; r < available; ++r) order[static_cast<size_t>(r)] = r;
            for (int64_t r = 0; r < share; ++r)  // partial Fisher–Yates: `share` distinct rows
                std::swap(order[static_cast<size_t>(r)], order[static_cast<size_t>(std::uniform_int_distribution<int64_t>(r, available - 1)(rng))]);
            const LinearWeights& w = d.weights;
            const Eigen::Map<const Matrix> kernel(w.kernel.data.data(), d.k, d.c);
            const Eigen::Map<const Vector> bias(w.bias.data.data(), d.c);
            for (int64_t r = 0; r < share; ++r) {
                const int64_t row = order[static_cast<size_t>(r)];
                const float* q = quantRows.data.data() + row * d.k;
                d.rows.insert(d.rows.end(), q, q + d.k);
                const Eigen::Map<const Eigen::RowVectorXf> xf(floatRows.data.data() + row * d.k, d.k);
                const Eigen::RowVectorXf y = xf * kernel + bias.transpose();
                d.target.insert(d.target.end(), y.data(), y.data() + d.c);
            }
        }
    }
}

}  // namespace

bool adaroundSupports(const Layer& layer, const LayerQuant& q) { return isChannelGemm(layer) && !q.kernelScale.empty(); }

std::vector<AdaRoundReport> adaroundLayers(const Graph& graph, QuantizedModel& model, const std::vector<std::string>& layers,
                                           const CalibrationSet& set, int64_t images, int64_t batchSize,
                                           const AdaRoundOptions& options, const Progress& progress)
{
    images = std::min(images, set.size);
    if (images <= 0 || layers.empty()) return {};
    if (batchSize <= 0) fail(ErrorCode::InvalidArgument, "the batch size must be positive");
    std::vector<LayerData> data;
    int64_t rowFloats = 0;
    for (const std::string& name : layers) {
        const Layer& l = graph.layer(name);
        const LayerQuant& q = model.at(name);
        if (!adaroundSupports(l, q)) fail(ErrorCode::Unsupported, "AdaRound does not support this layer", {}, name);
        LayerData d;
        d.layer = &l, d.quant = &q;
        d.weights = QuantizeRuleRegistry::instance().find(l.type())->weights(l);
        d.c = int64_t(q.kernelScale.size());
        d.k = int64_t(q.kernel.size()) / d.c;
        rowFloats += d.k + d.c;
        data.push_back(std::move(d));
    }
    const int64_t rows = std::clamp<int64_t>(kRowBudgetFloats / std::max<int64_t>(1, rowFloats), 64, options.maxRows);
    for (LayerData& d : data) d.wanted = rows;
    std::mt19937_64 rng(options.seed);
    collectRows(graph, model, data, set, images, batchSize, rng, progress);
    std::vector<AdaRoundReport> out;
    for (size_t i = 0; i < data.size(); ++i) {
        LayerData& d = data[i];
        progress.checkCancelled();
        progress.update(0.2 + 0.8 * double(i) / double(data.size()), "AdaRound: " + d.layer->name);
        LayerQuant& q = model.layers.at(d.layer->name);
        const Problem p = problemOf(d, model);
        const Matrix nearest = nearestCodes(q, d.k, d.c);
        AdaRoundReport report{d.layer->name, d.n()};
        const int64_t held = d.n() / 8;
        const RowBlock train = training(d, held), check = heldOut(d, held);
        if (train.n < d.k || held == 0) {
            report.skipped = "fewer calibration rows (" + std::to_string(d.n()) + ") than kernel rows (" + std::to_string(d.k) + ")";
            out.push_back(report);
            std::vector<float>().swap(d.rows);
            std::vector<float>().swap(d.target);
            continue;
        }
        report.nearestMse = reconstructionMse(d, check, p, nearest, p.bias);
        const Matrix learned = trainRounding(d, train, p, reconstructionMse(d, train, p, nearest, p.bias), options, rng);
        Vector bias = p.bias;
        report.learnedMse = reconstructionMse(d, check, p, learned, bias);
        if (options.trainBias) {
            const Vector centred = centredBias(d, train, p, learned);
            if (const double mse = reconstructionMse(d, check, p, learned, centred); mse < report.learnedMse)
                report.learnedMse = mse, bias = centred;
        }
        report.kept = report.learnedMse < report.nearestMse;
        if (report.kept) {
            int64_t flipped = 0;
            const std::vector<double> acc = q.accumulatorScales(model.at(d.layer->inputs.at(0)).output.scale);
            for (int64_t j = 0; j < d.k * d.c; ++j) {
                const int32_t code = static_cast<int32_t>(learned.data()[j]);
                flipped += code != q.kernel[static_cast<size_t>(j)];
                q.kernel[static_cast<size_t>(j)] = code;
            }
            for (int64_t c = 0; c < d.c; ++c)
                q.bias[static_cast<size_t>(c)] = static_cast<int64_t>(
                    std::clamp(std::round(double(bias[c]) / acc[static_cast<size_t>(c)]), -double(kBiasLimit), double(kBiasLimit)));
            report.flipped = double(flipped) / double(d.k * d.c);
            q.algorithms.push_back("adaround");
        }
        out.push_back(report);
        std::vector<float>().swap(d.rows);  // free as we go: the next layers need the memory
        std::vector<float>().swap(d.target);
    }
    return out;
}

}  // namespace dfc

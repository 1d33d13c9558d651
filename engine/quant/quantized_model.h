#pragma once
// The quantized model: for every layer, the encoding of its output, its integer weights and
// bias, and the tables its non-linear activation reads. This is the numerical truth the
// quantized emulator (and later the compiled binary's runtime) executes; it is stored in the HAR
// as "<net>.q.npz", written deterministically (same model + same data + same seed → same bytes).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/graph.h"
#include "quant/quant_math.h"

namespace dfc {

struct LayerQuant {
    QuantParams output;                       ///< every output port of the layer
    std::optional<QuantParams> preActivation; ///< 16-bit table index for fused table activations
    int weightBits = 0;                       ///< 0: no quantized weights
    Shape kernelShape;                        ///< as the float kernel (const_input: the constant)
    std::vector<int32_t> kernel;
    std::vector<double> kernelScale;          ///< per output channel
    std::vector<int64_t> bias;                ///< in accumulator scale (input × kernel scale)
    std::vector<int32_t> table;               ///< activation table (softmax: exp table)
    std::vector<std::string> algorithms;      ///< what ran on this layer, in order (not in the npz)

    /// The real value of one accumulator unit, per output channel, for an input encoding scale.
    std::vector<double> accumulatorScales(double inputScale) const;
};

struct QuantizedModel {
    std::map<std::string, LayerQuant> layers;
    const LayerQuant& at(const std::string& layer) const;  ///< throws NotFound
};

/// The member holding one field of a layer: "<net>/<layer>/<field>:0.npy", the vendor's NPZ key
/// naming (so viewers such as Netron show the quantized kernels).
std::string quantizedMemberName(const std::string& net, const std::string& layer, const std::string& field);
/// One member per layer field, every array in exact dtypes (int32, int64, float64).
std::string encodeQuantizedModel(const QuantizedModel& model, const std::string& net);
/// Reads and validates against the graph (also the unscoped "<layer>/<field>.npy" members that
/// HARs before 0.1.0 hold): every layer present, weight and table sizes, scales
/// positive and finite, codes inside their bit width. Throws InvalidFormat naming the member.
QuantizedModel decodeQuantizedModel(std::string_view bytes, const Graph& graph, const std::string& what);

/// QuantParams as stored: [scale, zero_point, bits].
std::vector<double> encodingVector(const QuantParams& p);
QuantParams encodingFromVector(const std::vector<double>& v, const std::string& what);

}  // namespace dfc

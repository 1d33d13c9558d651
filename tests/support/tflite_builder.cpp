#include "tflite_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dfc::test {
namespace {

uint16_t floatToHalf(float f)
{
    uint32_t x;
    std::memcpy(&x, &f, 4);
    const uint32_t sign = (x >> 16) & 0x8000;
    const int exp = static_cast<int>((x >> 23) & 0xff) - 127 + 15;
    uint32_t mant = x & 0x7fffff;
    if (exp <= 0) return static_cast<uint16_t>(sign);  // tiny weights flush to zero
    if (exp >= 31) return static_cast<uint16_t>(sign | 0x7c00);
    uint32_t h = sign | (static_cast<uint32_t>(exp) << 10) | (mant >> 13);
    if (mant & 0x1000) ++h;  // round half up
    return static_cast<uint16_t>(h);
}

template <typename T> std::string bytesOf(const std::vector<T>& v)
{
    return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

}  // namespace

TfliteBuilder::TfliteBuilder() { mBuffers.push_back(tfl::CreateBuffer(fbb)); }  // buffer 0: empty

int TfliteBuilder::addTensor(const std::string& name, const Shape& shape, tfl::TensorType type,
                             const std::string& bytes, flatbuffers::Offset<tfl::QuantizationParameters> q)
{
    uint32_t buffer = 0;
    if (!bytes.empty()) {
        fbb.ForceVectorAlignment(bytes.size(), 1, 16);
        auto data = fbb.CreateVector(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        buffer = static_cast<uint32_t>(mBuffers.size());
        mBuffers.push_back(tfl::CreateBuffer(fbb, data));
    }
    std::vector<int32_t> dims(shape.begin(), shape.end());
    mTensors.push_back(tfl::CreateTensor(fbb, fbb.CreateVector(dims), type, buffer, fbb.CreateString(name), q));
    return static_cast<int>(mTensors.size()) - 1;
}

int TfliteBuilder::tensor(const std::string& name, const Shape& shape)
{
    return addTensor(name, shape, tfl::TensorType::FLOAT32, {});
}

int TfliteBuilder::constant(const std::string& name, const Tensor& values)
{
    return addTensor(name, values.shape, tfl::TensorType::FLOAT32, bytesOf(values.data));
}

int TfliteBuilder::constantHalf(const std::string& name, const Tensor& values)
{
    std::vector<uint16_t> h;
    for (float v : values.data) h.push_back(floatToHalf(v));
    return addTensor(name, values.shape, tfl::TensorType::FLOAT16, bytesOf(h));
}

int TfliteBuilder::constantInt8(const std::string& name, const Tensor& values)
{
    const int64_t channels = values.shape.at(0), inner = values.size() / channels;
    std::vector<float> scales(static_cast<size_t>(channels));
    for (int64_t c = 0; c < channels; ++c) {
        float m = 1e-8f;
        for (int64_t i = 0; i < inner; ++i) m = std::max(m, std::fabs(values.data[c * inner + i]));
        scales[c] = m / 127;
    }
    return constantQuantized(name, values, tfl::TensorType::INT8, scales);
}

int TfliteBuilder::constantQuantized(const std::string& name, const Tensor& values, tfl::TensorType type,
                                     const std::vector<float>& scales)
{
    const int64_t channels = static_cast<int64_t>(scales.size()), inner = values.size() / channels;
    std::vector<int8_t> q8;
    std::vector<int32_t> q32;
    for (int64_t i = 0; i < values.size(); ++i) {
        const long v = std::lround(values.data[i] / scales[i / inner]);
        if (type == tfl::TensorType::INT8) q8.push_back(static_cast<int8_t>(std::clamp(v, -127L, 127L)));
        else q32.push_back(static_cast<int32_t>(v));
    }
    auto qp = tfl::CreateQuantizationParameters(fbb, 0, 0, fbb.CreateVector(scales),
                                                fbb.CreateVector(std::vector<int64_t>(scales.size(), 0)), 0);
    return addTensor(name, values.shape, type, type == tfl::TensorType::INT8 ? bytesOf(q8) : bytesOf(q32), qp);
}

int TfliteBuilder::quantizedTensor(const std::string& name, const Shape& shape, tfl::TensorType type, float scale,
                                   int64_t zeroPoint)
{
    auto qp = tfl::CreateQuantizationParameters(fbb, 0, 0, fbb.CreateVector(std::vector<float>{scale}),
                                                fbb.CreateVector(std::vector<int64_t>{zeroPoint}), 0);
    return addTensor(name, shape, type, {}, qp);
}

int TfliteBuilder::constantInts(const std::string& name, const Shape& shape, const std::vector<int32_t>& values)
{
    return addTensor(name, shape, tfl::TensorType::INT32, bytesOf(values));
}

int TfliteBuilder::code(int builtin, const std::string& custom)
{
    const std::string key = custom.empty() ? std::to_string(builtin) : custom;
    if (auto it = mCodeIndex.find(key); it != mCodeIndex.end()) return it->second;
    auto c = tfl::CreateOperatorCode(fbb, static_cast<int8_t>(std::min(builtin, 127)),
                                     custom.empty() ? 0 : fbb.CreateString(custom), 1, builtin);
    mCodes.push_back(c);
    return mCodeIndex[key] = static_cast<int>(mCodes.size()) - 1;
}

void TfliteBuilder::op(int builtin, const std::vector<int>& inputs, const std::vector<int>& outputs, Options options)
{
    const int index = code(builtin, {});
    mOps.push_back(tfl::CreateOperator(fbb, static_cast<uint32_t>(index), fbb.CreateVector(inputs),
                                       fbb.CreateVector(outputs), options.first, options.second));
}

void TfliteBuilder::customOp(const std::string& custom, const std::vector<int>& inputs, const std::vector<int>& outputs,
                             const std::vector<uint8_t>& options)
{
    const int index = code(32, custom);
    mOps.push_back(tfl::CreateOperator(fbb, static_cast<uint32_t>(index), fbb.CreateVector(inputs),
                                       fbb.CreateVector(outputs), tfl::BuiltinOptions::NONE, 0,
                                       fbb.CreateVector(options)));
}

std::string TfliteBuilder::finish(const std::vector<int>& inputs, const std::vector<int>& outputs)
{
    auto graph = tfl::CreateSubGraph(fbb, fbb.CreateVector(mTensors), fbb.CreateVector(inputs),
                                     fbb.CreateVector(outputs), fbb.CreateVector(mOps), fbb.CreateString("main"));
    std::vector<flatbuffers::Offset<tfl::SubGraph>> graphs = {graph};
    auto model = tfl::CreateModel(fbb, 3, fbb.CreateVector(mCodes), fbb.CreateVector(graphs),
                                  fbb.CreateString("dfc test model"), fbb.CreateVector(mBuffers));
    tfl::FinishModelBuffer(fbb, model);
    return std::string(reinterpret_cast<const char*>(fbb.GetBufferPointer()), fbb.GetSize());
}

}  // namespace dfc::test

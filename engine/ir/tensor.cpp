#include "ir/tensor.h"

#include "core/error.h"

namespace dfc {

int64_t shapeElements(const Shape& shape)
{
    int64_t n = 1;
    for (int64_t d : shape) n *= d;
    return n;
}

std::string shapeToString(const Shape& shape, const char* sep)
{
    std::string s;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) s += sep;
        s += std::to_string(shape[i]);
    }
    return s;
}

Tensor::Tensor(Shape s, float fill) : shape(std::move(s)), data(shapeElements(shape), fill) {}

Tensor::Tensor(Shape s, std::vector<float> values) : shape(std::move(s)), data(std::move(values))
{
    if (shapeElements(shape) != static_cast<int64_t>(data.size()))
        fail(ErrorCode::Internal, "tensor data size does not match shape " + shapeToString(shape));
}

Tensor transposeTensor(const Tensor& t, const std::vector<int>& perm)
{
    const int r = t.rank();
    if (static_cast<int>(perm.size()) != r) fail(ErrorCode::Internal, "transpose rank mismatch");
    Shape outShape(r);
    for (int i = 0; i < r; ++i) outShape[i] = t.shape[perm[i]];
    std::vector<int64_t> inStride(r, 1);
    for (int i = r - 2; i >= 0; --i) inStride[i] = inStride[i + 1] * t.shape[i + 1];
    Tensor out(outShape);
    std::vector<int64_t> idx(r, 0);
    for (int64_t o = 0; o < out.size(); ++o) {
        int64_t src = 0;
        for (int i = 0; i < r; ++i) src += idx[i] * inStride[perm[i]];
        out.data[o] = t.data[src];
        for (int i = r - 1; i >= 0; --i) {
            if (++idx[i] < outShape[i]) break;
            idx[i] = 0;
        }
    }
    return out;
}

}  // namespace dfc

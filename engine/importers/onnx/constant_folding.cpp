#include "importers/onnx/constant_folding.h"

#include <functional>

#include "core/error.h"

namespace dfc {
namespace fold {

using T = onnx::TensorProto;

int64_t normAxis(int64_t axis, int64_t rank)
{
    if (axis < -rank || axis >= rank)
        fail(ErrorCode::InvalidGraph, "axis " + std::to_string(axis) + " out of range");
    return axis < 0 ? axis + rank : axis;
}

bool isFloatType(int32_t t) { return t == T::FLOAT || t == T::DOUBLE || t == T::FLOAT16 || t == T::BFLOAT16; }

ConstTensor binary(const ConstTensor& a, const ConstTensor& b, const std::function<double(double, double)>& f,
                   int32_t outType)
{
    const size_t r = std::max(a.shape.size(), b.shape.size());
    Shape sa(r - a.shape.size(), 1), sb(r - b.shape.size(), 1), so(r);
    sa.insert(sa.end(), a.shape.begin(), a.shape.end());
    sb.insert(sb.end(), b.shape.begin(), b.shape.end());
    for (size_t i = 0; i < r; ++i) {
        if (sa[i] != sb[i] && sa[i] != 1 && sb[i] != 1)
            fail(ErrorCode::InvalidGraph, "constant operands do not broadcast");
        so[i] = sa[i] == 1 ? sb[i] : sa[i];
    }
    ConstTensor out{so, std::vector<double>(shapeElements(so)), outType};
    std::vector<int64_t> idx(r, 0);
    for (size_t o = 0; o < out.values.size(); ++o) {
        int64_t ia = 0, ib = 0;
        for (size_t d = 0; d < r; ++d) {
            ia = ia * sa[d] + (sa[d] == 1 ? 0 : idx[d]);
            ib = ib * sb[d] + (sb[d] == 1 ? 0 : idx[d]);
        }
        out.values[o] = f(a.values[ia], b.values[ib]);
        for (int d = static_cast<int>(r) - 1; d >= 0; --d) {
            if (++idx[d] < so[d]) break;
            idx[d] = 0;
        }
    }
    return out;
}

}  // namespace fold

const ConstantFolderRegistry& ConstantFolderRegistry::instance()
{
    static const ConstantFolderRegistry registry = [] {
        ConstantFolderRegistry r;
        registerArithmeticFolders(r);
        registerShapeFolders(r);
        return r;
    }();
    return registry;
}

}  // namespace dfc

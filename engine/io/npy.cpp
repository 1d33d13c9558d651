#include "io/npy.h"

#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <variant>

#include "core/error.h"
#include "core/half.h"
#include "io/atomic_file.h"

namespace dfc {
namespace {

constexpr std::string_view kMagic = "\x93NUMPY";

/// The header is a Python dict literal; we accept exactly the subset NumPy writes.
class HeaderParser {
public:
    using Value = std::variant<std::string, bool, std::vector<int64_t>>;

    HeaderParser(std::string_view text, const std::string& what) : mText(text), mWhat(what) {}

    std::map<std::string, Value> parse()
    {
        std::map<std::string, Value> dict;
        expect('{');
        while (!peek('}')) {
            std::string key = parseString();
            expect(':');
            dict[key] = parseValue();
            if (!peek('}')) expect(',');
        }
        expect('}');
        return dict;
    }

private:
    void skipSpace()
    {
        while (mPos < mText.size() && std::isspace(static_cast<unsigned char>(mText[mPos]))) ++mPos;
    }
    bool peek(char c)
    {
        skipSpace();
        return mPos < mText.size() && mText[mPos] == c;
    }
    void expect(char c)
    {
        if (!peek(c)) error(std::string("expected '") + c + "'");
        ++mPos;
    }
    [[noreturn]] void error(const std::string& why)
    {
        fail(ErrorCode::InvalidFormat, "bad .npy header: " + why, mWhat,
             "header offset " + std::to_string(mPos));
    }
    std::string parseString()
    {
        skipSpace();
        if (mPos >= mText.size() || (mText[mPos] != '\'' && mText[mPos] != '"'))
            error("expected a string");
        const char quote = mText[mPos++];
        const size_t end = mText.find(quote, mPos);
        if (end == std::string_view::npos) error("unterminated string");
        std::string s(mText.substr(mPos, end - mPos));
        mPos = end + 1;
        return s;
    }
    Value parseValue()
    {
        skipSpace();
        if (peek('\'') || peek('"')) return parseString();
        if (mText.substr(mPos, 4) == "True") return mPos += 4, Value(true);
        if (mText.substr(mPos, 5) == "False") return mPos += 5, Value(false);
        if (!peek('(')) error("expected a value");
        ++mPos;
        std::vector<int64_t> dims;
        while (!peek(')')) {
            skipSpace();
            size_t start = mPos;
            while (mPos < mText.size() && std::isdigit(static_cast<unsigned char>(mText[mPos])))
                ++mPos;
            if (start == mPos || mPos - start > 12) error("bad shape dimension");
            dims.push_back(std::stoll(std::string(mText.substr(start, mPos - start))));
            if (!peek(')')) expect(',');
        }
        ++mPos;
        return dims;
    }

    std::string_view mText;
    std::string mWhat;
    size_t mPos = 0;
};

template <typename T> void convert(const char* src, std::vector<float>& dst)
{
    for (size_t i = 0; i < dst.size(); ++i) {
        T v;
        std::memcpy(&v, src + i * sizeof(T), sizeof(T));
        dst[i] = static_cast<float>(v);
    }
}

}  // namespace

NpyRaw decodeNpyRaw(std::string_view bytes, const std::string& what)
{
    if (bytes.size() < 10 || bytes.substr(0, 6) != kMagic)
        fail(ErrorCode::InvalidFormat, "not a .npy file (bad magic)", what);
    const int major = static_cast<unsigned char>(bytes[6]);
    size_t headerLen, headerStart;
    if (major == 1) {
        headerLen = static_cast<unsigned char>(bytes[8]) | static_cast<unsigned char>(bytes[9]) << 8;
        headerStart = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12) fail(ErrorCode::InvalidFormat, "truncated .npy header", what);
        uint32_t len;
        std::memcpy(&len, bytes.data() + 8, 4);
        headerLen = len;
        headerStart = 12;
    } else {
        fail(ErrorCode::Unsupported, "unknown .npy version " + std::to_string(major), what);
    }
    if (headerStart + headerLen > bytes.size())
        fail(ErrorCode::InvalidFormat, "header length runs past the end of the file", what);
    auto dict = HeaderParser(bytes.substr(headerStart, headerLen), what).parse();
    auto get = [&](const char* key) -> const HeaderParser::Value& {
        auto it = dict.find(key);
        if (it == dict.end())
            fail(ErrorCode::InvalidFormat, std::string("header lacks '") + key + "'", what);
        return it->second;
    };
    const auto* descr = std::get_if<std::string>(&get("descr"));
    const auto* fortran = std::get_if<bool>(&get("fortran_order"));
    const auto* dims = std::get_if<std::vector<int64_t>>(&get("shape"));
    if (!descr || !fortran || !dims) fail(ErrorCode::InvalidFormat, "header field types", what);

    Shape shape(dims->begin(), dims->end());
    int64_t count = 1;
    for (int64_t d : shape) {
        if (d < 0 || (d > 0 && count > (int64_t{1} << 40) / d))
            fail(ErrorCode::InvalidFormat, "absurd shape in header", what);
        count *= d;
    }
    const std::string& dt = *descr;
    if (dt.size() < 3 || (dt[0] != '<' && dt[0] != '|' && dt[0] != '='))
        fail(ErrorCode::Unsupported, "unsupported dtype '" + dt + "' (big-endian or non-numeric)",
             what);
    const std::string code = dt.substr(1);
    static const std::map<std::string, size_t> kItemSize = {
        {"f2", 2}, {"f4", 4}, {"f8", 8}, {"i1", 1}, {"i2", 2}, {"i4", 4}, {"i8", 8},
        {"u1", 1}, {"u2", 2}, {"u4", 4}, {"u8", 8}, {"b1", 1}};
    auto item = kItemSize.find(code);
    if (item == kItemSize.end()) fail(ErrorCode::Unsupported, "unsupported dtype '" + dt + "'", what);
    const size_t dataStart = headerStart + headerLen;
    const size_t expected = static_cast<size_t>(count) * item->second;
    if (bytes.size() - dataStart != expected)
        fail(ErrorCode::InvalidFormat,
             "data size " + std::to_string(bytes.size() - dataStart) + " does not match header (" +
                 std::to_string(expected) + " bytes for shape (" + shapeToString(shape, ", ") + "))",
             what);

    return {code, std::move(shape), *fortran, bytes.substr(dataStart)};
}

Tensor decodeNpy(std::string_view bytes, const std::string& what)
{
    const NpyRaw raw = decodeNpyRaw(bytes, what);
    const std::string& code = raw.code;
    const Shape& shape = raw.shape;
    const int64_t count = shapeElements(shape);
    const bool* fortran = &raw.fortranOrder;
    std::vector<float> values(count);
    const char* src = raw.data.data();
    if (code == "f2") {
        for (int64_t i = 0; i < count; ++i) {
            uint16_t h;
            std::memcpy(&h, src + 2 * i, 2);
            values[i] = halfToFloat(h);
        }
    } else if (code == "f4") convert<float>(src, values);
    else if (code == "f8") convert<double>(src, values);
    else if (code == "i1") convert<int8_t>(src, values);
    else if (code == "i2") convert<int16_t>(src, values);
    else if (code == "i4") convert<int32_t>(src, values);
    else if (code == "i8") convert<int64_t>(src, values);
    else if (code == "u1" || code == "b1") convert<uint8_t>(src, values);
    else if (code == "u2") convert<uint16_t>(src, values);
    else if (code == "u4") convert<uint32_t>(src, values);
    else convert<uint64_t>(src, values);

    if (!*fortran) return Tensor(shape, std::move(values));
    // Fortran order: the data is the C-order array of the reversed shape, transposed.
    Shape reversed(shape.rbegin(), shape.rend());
    std::vector<int> perm(shape.size());
    std::iota(perm.rbegin(), perm.rend(), 0);
    return transposeTensor(Tensor(reversed, std::move(values)), perm);
}

namespace {

std::string encodeWithHeader(const Shape& dims, const char* descr, const void* data, size_t bytes)
{
    std::string shape = "(";
    for (int64_t d : dims) shape += std::to_string(d) + ", ";
    if (dims.size() > 1) shape.resize(shape.size() - 2);
    else if (dims.size() == 1) shape.resize(shape.size() - 1);
    shape += ")";
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    const size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header += '\n';
    std::string out(kMagic);
    out += '\x01';
    out += '\x00';
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
    out += header;
    out.append(static_cast<const char*>(data), bytes);
    return out;
}

template <typename To, typename From> void widen(const NpyRaw& raw, std::vector<To>& out)
{
    out.resize(raw.data.size() / sizeof(From));
    for (size_t i = 0; i < out.size(); ++i) {
        From v;
        std::memcpy(&v, raw.data.data() + i * sizeof(From), sizeof(From));
        out[i] = static_cast<To>(v);
    }
}

void checkPlainOrder(const NpyRaw& raw, const std::string& what)
{
    if (raw.fortranOrder) fail(ErrorCode::Unsupported, "Fortran-ordered integer arrays are not expected here", what);
}

}  // namespace

std::string encodeNpy(const Tensor& t)
{
    return encodeWithHeader(t.shape, "<f4", t.data.data(), t.data.size() * sizeof(float));
}

std::string encodeNpyInt32(const Shape& shape, const std::vector<int32_t>& values)
{
    if (shapeElements(shape) != static_cast<int64_t>(values.size()))
        fail(ErrorCode::Internal, "npy shape and value count differ");
    return encodeWithHeader(shape, "<i4", values.data(), values.size() * sizeof(int32_t));
}

std::string encodeNpyInt64(const Shape& shape, const std::vector<int64_t>& values)
{
    if (shapeElements(shape) != static_cast<int64_t>(values.size()))
        fail(ErrorCode::Internal, "npy shape and value count differ");
    return encodeWithHeader(shape, "<i8", values.data(), values.size() * sizeof(int64_t));
}

std::vector<int64_t> npyInt64(const NpyRaw& raw, const std::string& what)
{
    checkPlainOrder(raw, what);
    std::vector<int64_t> out;
    if (raw.code == "i8") widen<int64_t, int64_t>(raw, out);
    else if (raw.code == "u4") widen<int64_t, uint32_t>(raw, out);
    else for (int32_t v : npyInt32(raw, what)) out.push_back(v);
    return out;
}

std::string encodeNpyFloat64(const Shape& shape, const std::vector<double>& values)
{
    if (shapeElements(shape) != static_cast<int64_t>(values.size()))
        fail(ErrorCode::Internal, "npy shape and value count differ");
    return encodeWithHeader(shape, "<f8", values.data(), values.size() * sizeof(double));
}

std::vector<int32_t> npyInt32(const NpyRaw& raw, const std::string& what)
{
    checkPlainOrder(raw, what);
    std::vector<int32_t> out;
    if (raw.code == "i4") widen<int32_t, int32_t>(raw, out);
    else if (raw.code == "i2") widen<int32_t, int16_t>(raw, out);
    else if (raw.code == "i1") widen<int32_t, int8_t>(raw, out);
    else if (raw.code == "u2") widen<int32_t, uint16_t>(raw, out);
    else if (raw.code == "u1") widen<int32_t, uint8_t>(raw, out);
    else fail(ErrorCode::InvalidFormat, "expected an integer array of at most 32 bits, found dtype " + raw.code, what);
    return out;
}

std::vector<double> npyFloat64(const NpyRaw& raw, const std::string& what)
{
    checkPlainOrder(raw, what);
    std::vector<double> out;
    if (raw.code == "f8") widen<double, double>(raw, out);
    else if (raw.code == "f4") widen<double, float>(raw, out);
    else fail(ErrorCode::InvalidFormat, "expected a float array, found dtype " + raw.code, what);
    return out;
}

Tensor readNpyFile(const std::string& path) { return decodeNpy(readFile(path), path); }

void writeNpyFile(const std::string& path, const Tensor& t) { writeFileAtomic(path, encodeNpy(t)); }

}  // namespace dfc

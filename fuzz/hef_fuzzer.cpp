// Arbitrary bytes as a .hef: the reader (container, hash, metadata, payload offsets) and the
// runtime's checks of the program against its own network must answer with a dfc::Error,
// never crash, hang, leak or read memory they do not own.
//
// Two modes, by the first byte: 'R' + a whole file, as a user's damaged .hef arrives; 'S' +
// u32 metadata size + metadata + data section, which the harness packs with every hash the
// file needs (container and payload parts), so that mutations get past the hashes into the
// metadata, the payload decoders (HN JSON, NPZ, quantized model) and the program checks.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/error.h"
#include "hef/hef.h"
#include "hef/hef_container.h"
#include "hef/hef_metadata.pb.h"
#include "runtime/hef_runtime.h"

namespace {

std::string withHashes(std::string_view input)
{
    uint32_t metadataSize = 0;
    if (input.size() < 4) return {};
    std::memcpy(&metadataSize, input.data(), 4);
    input.remove_prefix(4);
    if (metadataSize > input.size()) return {};
    const std::string_view metadata = input.substr(0, metadataSize), data = input.substr(metadataSize);
    dfc::hefpb::Hef hef;
    if (!hef.ParseFromArray(metadata.data(), int(metadata.size()))) return std::string(input);
    for (dfc::hefpb::Blob* blob : {hef.mutable_payload()->mutable_network(), hef.mutable_payload()->mutable_params(),
                                   hef.mutable_payload()->mutable_quantized()})
        if (blob->offset() <= data.size() && blob->size() <= data.size() - blob->offset())
            blob->set_xxh3(dfc::xxh3(data.substr(blob->offset(), blob->size())));
    return dfc::packHefContainer(3, hef.SerializeAsString(), data);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) return 0;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const std::string bytes = data[0] == 'S' ? withHashes(input) : std::string(input);
        dfc::HefFile file = dfc::readHef(bytes, "fuzz.hef");
        if (file.info.hasPayload) dfc::HefRuntime runtime(std::move(file));
    } catch (const dfc::Error&) {
        // The expected answer to damage.
    }
    return 0;
}

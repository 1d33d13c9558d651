#!/usr/bin/python3
"""An independent .hef reader for the tests, written from the format description
(../shared/reference/hef-container.md), not from our writer: the big-endian container header,
the XXH3-64 checks and the metadata protobuf decoded field by field from the wire format. It
prints what HailoRT's parse-hef and Hef API would report, as JSON, for comparison with
`dfc hef info --json`.

usage: hef_read.py FILE.hef
"""
import json
import struct
import sys

import xxhash

MAGIC = 0x01484546
HW_ARCH = {0: "hailo8", 1: "hailo8p", 2: "hailo8r", 3: "hailo8l"}
FORMAT = {0: "NHWC", 1: "NHCW", 2: "NC", 5: "NHW"}


def varint(buf, pos):
    value, shift = 0, 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos
        shift += 7


def fields(buf):
    """Every (field number, wire type, value) of one message."""
    pos, out = 0, []
    while pos < len(buf):
        key, pos = varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = varint(buf, pos)
        elif wire == 1:
            value, pos = buf[pos:pos + 8], pos + 8
        elif wire == 2:
            size, pos = varint(buf, pos)
            value, pos = buf[pos:pos + size], pos + size
        elif wire == 5:
            value, pos = buf[pos:pos + 4], pos + 4
        else:
            raise ValueError("wire type %d" % wire)
        if pos > len(buf):
            raise ValueError("truncated field %d" % number)
        out.append((number, wire, value))
    return out


def first(msg, number, default=None):
    for n, _, v in fields(msg):
        if n == number:
            return v
    return default


def every(msg, number):
    return [v for n, _, v in fields(msg) if n == number]


def f32(raw):
    return struct.unpack("<f", raw)[0] if raw is not None else 0.0


def f64(raw):
    return struct.unpack("<d", raw)[0] if raw is not None else 0.0


def container(data):
    magic, version, proto_size = struct.unpack(">III", data[:12])
    assert magic == MAGIC, "magic"
    if version == 2:
        header = 44
        xxh, ccws = struct.unpack(">QQ", data[12:28])
        padding, additional, proto_hash = 0, 0, 0
    elif version == 3:
        header = 56
        xxh, ccws, padding, additional, proto_hash = struct.unpack(">QQIQQ", data[12:48])
    else:
        raise ValueError("container version %d" % version)
    residue = data[header:]
    assert len(residue) == proto_size + ccws + additional, "file length"
    assert xxhash.xxh3_64_intdigest(residue) == xxh, "xxh3"
    proto = residue[:proto_size]
    if proto_hash:
        assert xxhash.xxh3_64_intdigest(proto) == proto_hash, "proto_xxh3"
    return version, xxh, proto


def stream(edge, context):
    info = first(edge, 3, b"")
    base = first(info, 2, b"")
    numeric = first(info, 3, b"")
    order = FORMAT[first(base, 7, 0)]
    h, w, c = first(base, 1, 0), first(base, 3, 0), first(base, 5, 0)
    return {
        "name": first(info, 1, b"").decode(),
        "layer": first(info, 4, b"").decode(),
        "input": first(edge, 1, 0) == 0,
        "context": context,
        "sys_index": first(base, 8, 0),
        "order": order,
        "type": "UINT16" if first(base, 12, 0) == 2 else "UINT8",
        "shape": [c] if order == "NC" else [h, w, c],
        "buffer_indices": len(every(base, 13)),
        "zero_point": f32(first(numeric, 1)),
        "scale": f32(first(numeric, 2)),
        "limvals_min": f32(first(numeric, 3)),
        "limvals_max": f32(first(numeric, 4)),
        "transposed": bool(first(info, 6, 0)),
    }


def read(path):
    data = open(path, "rb").read()
    version, xxh, proto = container(data)
    header = first(proto, 1, b"")
    sdk = first(header, 5, b"")
    extensions = [first(e, 1, 0) for e in every(proto, 5)]
    groups = every(proto, 2)
    ng = groups[0]
    meta = first(ng, 1, b"")
    contexts = every(ng, 3)
    streams = []
    for index, context in enumerate(contexts):
        cmeta = first(context, 3, b"")
        for edge in every(cmeta, 2):
            streams.append(stream(edge, first(context, 1, 0)))
    order = [s.decode() for s in every(ng, 4)]
    outputs = sorted((s for s in streams if not s["input"]), key=lambda s: order.index(s["name"]))
    return {
        "container_version": version,
        "file_bytes": len(data),
        "xxh3": "0x%016x" % xxh,
        "hw_arch": HW_ARCH.get(first(header, 1, 0), "arch %d" % first(header, 1, 0)),
        "header_version": first(header, 4, 0),
        "compiler_version": "%d.%d.%d" % (first(sdk, 1, 0), first(sdk, 2, 0), first(sdk, 3, 0)),
        "extension_indices": extensions,
        "network_groups": len(groups),
        "network_group": first(meta, 1, b"").decode(),
        "contexts": len(contexts),
        "bottleneck_fps": f64(first(meta, 4)),
        "latency_ms": f64(first(meta, 6)) * 1e3,
        "partial_network_groups": len(every(ng, 7)),
        "inputs": [s for s in streams if s["input"]],
        "outputs": outputs,
        "sorted_outputs_order": order,
    }


if __name__ == "__main__":
    print(json.dumps(read(sys.argv[1]), indent=2))

#!/usr/bin/env python3
"""Cuts the part of an ONNX model that runs on the host after a partial parse: the subgraph from
the given tensors (the parse's end nodes) to the model's outputs. Test tooling only: the quality
checks run it in ONNX Runtime as float on the quantized accelerator outputs.

  onnx_tail.py MODEL.onnx OUT.onnx TENSOR [TENSOR ...]
"""
import sys

import onnx
from onnx import helper


def tail(model, tensors):
    """The nodes the outputs need, walking back until the given tensors (onnx.utils'
    extract_model does the same but runs shape inference over the whole model first: 20 s)."""
    g = model.graph
    producer = {o: n for n in g.node for o in n.output}
    keep, stack, seen = [], [o.name for o in g.output], set(tensors)
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        node = producer.get(t)
        if node is None:
            continue
        keep.append(node)
        stack.extend(i for i in node.input if i)
    order = {id(n): k for k, n in enumerate(g.node)}
    nodes = sorted({id(n): n for n in keep}.values(), key=lambda n: order[id(n)])
    used = {i for n in nodes for i in n.input}
    inits = [i for i in g.initializer if i.name in used]
    info = {v.name: v for v in list(g.value_info) + list(g.input) + list(g.output)}
    inputs = [info.get(t) or helper.make_tensor_value_info(t, onnx.TensorProto.FLOAT, None) for t in tensors]
    graph = helper.make_graph(nodes, g.name + "_tail", inputs, list(g.output), inits)
    return helper.make_model(graph, opset_imports=model.opset_import, ir_version=model.ir_version)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    model, out, tensors = sys.argv[1], sys.argv[2], sys.argv[3:]
    onnx.save(tail(onnx.load(model), tensors), out)


if __name__ == "__main__":
    main()

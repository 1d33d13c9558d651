#!/usr/bin/env python3
"""Fills translations/dataflow-studio_vi.ts from the table below (run after `update_translations`).
Fails, listing them, when a source text has no Vietnamese entry, so the translation stays complete."""
import sys
import xml.etree.ElementTree as ET

VI = {
    "Laying out": "Đang sắp xếp bố cục",
    "Cancelling…": "Đang hủy…",
    "about %n s left": "còn khoảng %n giây",
    "about %1 min %2 s left": "còn khoảng %1 phút %2 giây",
    "Stop the running operation; what was there before is kept": "Dừng thao tác đang chạy; kết quả trước đó được giữ nguyên",
    "&Input shapes…": "&Kích thước đầu vào…",
    "&Keyboard shortcuts…": "&Phím tắt…",
    "Pipeline": "Quy trình",
    "&Help": "&Trợ giúp",
    "Could not open %1: %2": "Không mở được %1: %2",
    "&About Dataflow Studio": "&Giới thiệu Dataflow Studio",
    "About Dataflow Studio": "Giới thiệu Dataflow Studio",
    "<h3>Dataflow Studio %1</h3><p>Parse, quantize, compile and profile neural networks for dataflow NPUs (hailo8, hailo8l, hailo8r), with no vendor software.</p><p>Built with Qt %2.</p>": "<h3>Dataflow Studio %1</h3><p>Phân tích, lượng tử hóa, biên dịch và đo hiệu năng mạng nơ-ron cho NPU dataflow (hailo8, hailo8l, hailo8r), không cần phần mềm của nhà cung cấp.</p><p>Xây dựng với Qt %2.</p>",
    "Loading": "Đang tải",
    "Parsing": "Đang phân tích",
    "Layer": "Lớp",
    "Output bits": "Số bit đầu ra",
    "Weight bits": "Số bit trọng số",
    "Algorithms": "Thuật toán",
    "This model is not optimized yet.": "Mô hình này chưa được tối ưu hóa.",
    "Full-precision model (state fp_optimized): the model script's modifications are applied; it is not quantized yet.": "Mô hình độ chính xác đầy đủ (trạng thái fp_optimized): các thay đổi của kịch bản mô hình đã được áp dụng; mô hình chưa được lượng tử hóa.",
    "optimization_level %1, compression_level %2; calibration: %3 items (%4)": "optimization_level %1, compression_level %2; hiệu chuẩn: %3 mẫu (%4)",
    "Set input shapes": "Đặt kích thước đầu vào",
    "Select a node or a layer to see its properties.": "Chọn một nút hoặc một lớp để xem thuộc tính.",
    "%n selected": "Đã chọn %n",
    "Keyboard shortcuts": "Phím tắt",
    "Action": "Thao tác",
    "Shortcut": "Phím tắt",
    "Default": "Mặc định",
    "%1 is used by both “%2” and “%3”.": "%1 đang được dùng cho cả “%2” và “%3”.",
    "Parsed": "Đã phân tích",
    "Optimized": "Đã tối ưu",
    "Compiled": "Đã biên dịch",
    "Profiled": "Đã đo hiệu năng",
    "The parse review: the original model beside the parsed graph": "Xem lại kết quả phân tích: mô hình gốc bên cạnh đồ thị đã phân tích",
    "The quantized model: bits and algorithms per layer (dfc optimize)": "Mô hình đã lượng tử hóa: số bit và thuật toán của từng lớp (dfc optimize)",
    "The compiled model (not available in this version)": "Mô hình đã biên dịch (chưa có trong phiên bản này)",
    "The profiler report (not available in this version)": "Báo cáo hiệu năng (chưa có trong phiên bản này)",
    " — awaiting re-parse": " — đang chờ phân tích lại",
    "%1 does not exist": "%1 không tồn tại",
    "%1: %2 layers": "%1: %2 lớp",
    "%n node(s) in the scope are not supported: see Issues.": "%n nút trong phạm vi không được hỗ trợ: xem mục Sự cố.",
    "&Close model": "Đó&ng mô hình",
    "&Edit": "&Sửa",
    "&File": "&Tệp",
    "&Find…": "&Tìm…",
    "&New project": "Dự án &mới",
    "&Open project…": "&Mở dự án…",
    "&Parse": "&Phân tích",
    "&Quit": "T&hoát",
    "&Re-parse": "Phân tích &lại",
    "&Redo": "&Làm lại",
    "&Save project": "&Lưu dự án",
    "&Settings": "&Cài đặt",
    "&Undo": "&Hoàn tác",
    "&View": "&Xem",
    "<b>Original model</b>": "<b>Mô hình gốc</b>",
    "<b>Original model</b> — %n node(s)": "<b>Mô hình gốc</b> — %n nút",
    "<b>Parsed accelerator graph</b>": "<b>Đồ thị bộ tăng tốc đã phân tích</b>",
    "<b>Parsed accelerator graph</b> — %n layer(s)": "<b>Đồ thị bộ tăng tốc đã phân tích</b> — %n lớp",
    "<b>Recent projects</b>": "<b>Dự án gần đây</b>",
    "Attributes": "Thuộc tính",
    "Cancel": "Hủy",
    "Clear start/end": "Bỏ nút đầu/cuối",
    "Clear start/end of %1": "Bỏ nút đầu/cuối %1",
    "Could not write %1": "Không ghi được %1",
    "Ctrl+0": "Ctrl+0",
    "Ctrl+Shift+O": "Ctrl+Shift+O",
    "Dataflow Studio": "Dataflow Studio",
    "Dataflow Studio projects (*.dfcproj)": "Dự án Dataflow Studio (*.dfcproj)",
    "Export &HAR…": "Xuất &HAR…",
    "Export HAR": "Xuất HAR",
    "Export graph": "Xuất đồ thị",
    "Export graph as &PNG…": "Xuất đồ thị dạng &PNG…",
    "Export graph as SV&G…": "Xuất đồ thị dạng SV&G…",
    "Find a node by name, operator or shape (e.g. 1,3,224,224)": "Tìm nút theo tên, toán tử hoặc kích thước (vd. 1,3,224,224)",
    "Fit": "Vừa khung",
    "Found %1 node(s) and %2 layer(s)": "Tìm thấy %1 nút và %2 lớp",
    "HAR archives (*.har)": "Tệp lưu trữ HAR (*.har)",
    "HAR written to %1": "Đã ghi HAR vào %1",
    "History": "Lịch sử",
    "Input": "Đầu vào",
    "Inputs": "Các đầu vào",
    "Issues": "Sự cố",
    "Language: system default": "Ngôn ngữ: theo hệ thống",
    "Layers": "Các lớp",
    "Log": "Nhật ký",
    "MACs": "Số phép MAC",
    "Models (*.onnx *.tflite *.har)": "Mô hình (*.onnx *.tflite *.har)",
    "Models (.onnx, .tflite, .har) or projects (.dfcproj) to open": "Mô hình (.onnx, .tflite, .har) hoặc dự án (.dfcproj) cần mở",
    "New project": "Dự án mới",
    "Next start/end node": "Nút đầu/cuối tiếp theo",
    "Not supported": "Không được hỗ trợ",
    "Open &model…": "Mở mô &hình…",
    "Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.":
        "Mở một mô hình ONNX hoặc TFLite (hoặc kéo thả vào đây) để xem nó được ánh xạ lên bộ tăng tốc ra sao: đồ thị gốc và đồ thị đã phân tích đặt cạnh nhau, với các nút đầu và cuối có thể đổi bằng chuột phải.",
    "Open model": "Mở mô hình",
    "Open model…": "Mở mô hình…",
    "Open project": "Mở dự án",
    "Open project…": "Mở dự án…",
    "Open the &demo model": "Mở mô hình &mẫu",
    "Open the demo model": "Mở mô hình mẫu",
    "Open the demo model (MobileNetV2)": "Mở mô hình mẫu (MobileNetV2)",
    "Operator": "Toán tử",
    "Original nodes": "Các nút gốc",
    "Output": "Đầu ra",
    "Outputs": "Các đầu ra",
    "PNG (*.png)": "PNG (*.png)",
    "Parameters": "Tham số",
    "Parse again with the chosen start and end nodes (F5)": "Phân tích lại với các nút đầu và cuối đã chọn (F5)",
    "Parsing was cancelled; the previous result is kept.": "Đã hủy phân tích; kết quả trước được giữ nguyên.",
    "Previous start/end node": "Nút đầu/cuối trước đó",
    "Project saved to %1": "Đã lưu dự án vào %1",
    "Properties": "Thuộc tính",
    "Re-parse": "Phân tích lại",
    "SVG (*.svg)": "SVG (*.svg)",
    "Save project": "Lưu dự án",
    "Save project &as…": "Lưu dự án &thành…",
    "Save the project before closing it?": "Lưu dự án trước khi đóng?",
    "Scope: %1 nodes, %2 supported": "Phạm vi: %1 nút, %2 được hỗ trợ",
    "Set as end node": "Đặt làm nút cuối",
    "Set as start node": "Đặt làm nút đầu",
    "Set end node %1": "Đặt nút cuối %1",
    "Set start node %1": "Đặt nút đầu %1",
    "Show matching layer": "Hiện lớp tương ứng",
    "Show matching original nodes": "Hiện các nút gốc tương ứng",
    "The language changes when Dataflow Studio starts next time.": "Ngôn ngữ sẽ đổi khi khởi động lại Dataflow Studio.",
    "The project's model %1 is missing": "Không tìm thấy mô hình %1 của dự án",
    "Type": "Loại",
    "Unsaved changes": "Thay đổi chưa lưu",
    "◀ Start/end": "◀ Đầu/cuối",
    "Start/end ▶": "Đầu/cuối ▶",
    "Recover unsaved changes": "Khôi phục thay đổi chưa lưu",
    "%1 has newer unsaved changes from a session that did not close normally. Recover them?":
        "%1 có thay đổi mới hơn chưa lưu từ một phiên không đóng bình thường. Khôi phục chúng?",
    "Laying out %n node(s)…": "Đang sắp xếp %n nút…",
    "Input shapes…": "Kích thước đầu vào…",
    "Give fixed shapes to inputs with symbolic dimensions": "Đặt kích thước cố định cho các đầu vào có chiều biến",
    "Input shape": "Kích thước đầu vào",
    "Shape of input %1 (comma-separated, batch first):": "Kích thước của đầu vào %1 (cách nhau bằng dấu phẩy, lô đứng đầu):",
    "'%1' is not a valid shape": "'%1' không phải kích thước hợp lệ",
    "This model has no symbolic input dimensions.": "Mô hình này không có chiều đầu vào biến.",
    "Zoom to &fit": "Thu phóng &vừa khung",
    "awaiting re-parse": "đang chờ phân tích lại",
    "end node": "nút cuối",
    "folded constant": "hằng số đã gộp",
    "outside the parsing scope": "ngoài phạm vi phân tích",
    "start node": "nút đầu",
    "supported": "được hỗ trợ",
    "unsupported": "không được hỗ trợ",
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if tr.get("type") == "obsolete" or tr.get("type") == "vanished":
            continue
        text = VI.get(source)
        if text is None:
            missing.append(source)
            continue
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            ET.SubElement(tr, "numerusform").text = text
            tr.text = None
        else:
            tr.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no Vietnamese for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/dataflow-studio_vi.ts"))

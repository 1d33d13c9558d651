<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>dfc::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="134" />
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134" />
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Dataflow Studio projects (*.dfcproj)</source>
        <translation>Dự án Dataflow Studio (*.dfcproj)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="137" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138" />
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <source>Models (*.onnx *.har)</source>
        <translation type="vanished">Mô hình (*.onnx *.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138" />
        <source>Models (*.onnx *.tflite *.har)</source>
        <translation>Mô hình (*.onnx *.tflite *.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154" />
        <source>Export HAR</source>
        <translation>Xuất HAR</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154" />
        <source>HAR archives (*.har)</source>
        <translation>Tệp lưu trữ HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158" />
        <source>HAR written to %1</source>
        <translation>Đã ghi HAR vào %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165" />
        <location filename="../ui/main_window.cpp" line="170" />
        <source>Export graph</source>
        <translation>Xuất đồ thị</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165" />
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="166" />
        <location filename="../ui/main_window.cpp" line="171" />
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="170" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206" />
        <source>The language changes when Dataflow Studio starts next time.</source>
        <translation>Ngôn ngữ sẽ đổi khi khởi động lại Dataflow Studio.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218" />
        <location filename="../ui/main_window.cpp" line="468" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="219" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222" />
        <source>&amp;Parse</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223" />
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224" />
        <source>&amp;New project</source>
        <translation>Dự án &amp;mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225" />
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226" />
        <source>Open &amp;model…</source>
        <translation>Mở mô &amp;hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227" />
        <source>Open the &amp;demo model</source>
        <translation>Mở mô hình &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228" />
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229" />
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án &amp;thành…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230" />
        <source>Export &amp;HAR…</source>
        <translation>Xuất &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231" />
        <source>Export graph as SV&amp;G…</source>
        <translation>Xuất đồ thị dạng SV&amp;G…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="232" />
        <source>Export graph as &amp;PNG…</source>
        <translation>Xuất đồ thị dạng &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233" />
        <source>&amp;Close model</source>
        <translation>Đó&amp;ng mô hình</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="234" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237" />
        <source>Zoom to &amp;fit</source>
        <translation>Thu phóng &amp;vừa khung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238" />
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239" />
        <source>&amp;Re-parse</source>
        <translation>Phân tích &amp;lại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240" />
        <source>Language: system default</source>
        <translation>Ngôn ngữ: theo hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241" />
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242" />
        <source>Issues</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243" />
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283" />
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303" />
        <source>%1: %2 layers</source>
        <translation>%1: %2 lớp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321" />
        <source>Recover unsaved changes</source>
        <translation>Khôi phục thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="322" />
        <source>%1 has newer unsaved changes from a session that did not close normally. Recover them?</source>
        <translation>%1 có thay đổi mới hơn chưa lưu từ một phiên không đóng bình thường. Khôi phục chúng?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339" />
        <source>The project's model %1 is missing</source>
        <translation>Không tìm thấy mô hình %1 của dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401" />
        <source>Project saved to %1</source>
        <translation>Đã lưu dự án vào %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="491" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="491" />
        <source>Save the project before closing it?</source>
        <translation>Lưu dự án trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ModelDocument</name>
    <message>
        <location filename="../ui/model_document.cpp" line="48" />
        <source>Parsing was cancelled; the previous result is kept.</source>
        <translation>Đã hủy phân tích; kết quả trước được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ParseReviewWidget</name>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="124" />
        <source>%n node(s) in the scope are not supported: see Issues.</source>
        <translation><numerusform>%n nút trong phạm vi không được hỗ trợ: xem mục Sự cố.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="148" />
        <source>Laying out %n node(s)…</source>
        <translation><numerusform>Đang sắp xếp %n nút…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="204" />
        <source>Input shape</source>
        <translation>Kích thước đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="205" />
        <source>Shape of input %1 (comma-separated, batch first):</source>
        <translation>Kích thước của đầu vào %1 (cách nhau bằng dấu phẩy, lô đứng đầu):</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="212" />
        <source>'%1' is not a valid shape</source>
        <translation>'%1' không phải kích thước hợp lệ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="221" />
        <source>This model has no symbolic input dimensions.</source>
        <translation>Mô hình này không có chiều đầu vào biến.</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="231" />
        <source>Re-parse</source>
        <translation>Phân tích lại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="232" />
        <source>Parse again with the chosen start and end nodes (F5)</source>
        <translation>Phân tích lại với các nút đầu và cuối đã chọn (F5)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="233" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="234" />
        <source>◀ Start/end</source>
        <translation>◀ Đầu/cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="235" />
        <source>Previous start/end node</source>
        <translation>Nút đầu/cuối trước đó</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="236" />
        <source>Start/end ▶</source>
        <translation>Đầu/cuối ▶</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="237" />
        <source>Next start/end node</source>
        <translation>Nút đầu/cuối tiếp theo</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="238" />
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="239" />
        <source>Input shapes…</source>
        <translation>Kích thước đầu vào…</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="240" />
        <source>Give fixed shapes to inputs with symbolic dimensions</source>
        <translation>Đặt kích thước cố định cho các đầu vào có chiều biến</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="241" />
        <source>Find a node by name, operator or shape (e.g. 1,3,224,224)</source>
        <translation>Tìm nút theo tên, toán tử hoặc kích thước (vd. 1,3,224,224)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="242" />
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mô hình gốc&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="243" />
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đồ thị bộ tăng tốc đã phân tích&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="250" />
        <source>supported</source>
        <translation>được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="251" />
        <source>unsupported</source>
        <translation>không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="252" />
        <source>outside the parsing scope</source>
        <translation>ngoài phạm vi phân tích</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="253" />
        <source>folded constant</source>
        <translation>hằng số đã gộp</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="254" />
        <source>start node</source>
        <translation>nút đầu</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="255" />
        <source>end node</source>
        <translation>nút cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="256" />
        <source>awaiting re-parse</source>
        <translation>đang chờ phân tích lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="280" />
        <source>&lt;b&gt;Original model&lt;/b&gt; — %n node(s)</source>
        <translation><numerusform>&lt;b&gt;Mô hình gốc&lt;/b&gt; — %n nút</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="304" />
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt; — %n layer(s)</source>
        <translation><numerusform>&lt;b&gt;Đồ thị bộ tăng tốc đã phân tích&lt;/b&gt; — %n lớp</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="348" />
        <source>Scope: %1 nodes, %2 supported</source>
        <translation>Phạm vi: %1 nút, %2 được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="349" />
        <source> — awaiting re-parse</source>
        <translation> — đang chờ phân tích lại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="398" />
        <source>Found %1 node(s) and %2 layer(s)</source>
        <translation>Tìm thấy %1 nút và %2 lớp</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="420" />
        <source>Set as start node</source>
        <translation>Đặt làm nút đầu</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="421" />
        <source>Set start node %1</source>
        <translation>Đặt nút đầu %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="423" />
        <source>Set as end node</source>
        <translation>Đặt làm nút cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="424" />
        <source>Set end node %1</source>
        <translation>Đặt nút cuối %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="426" />
        <source>Clear start/end</source>
        <translation>Bỏ nút đầu/cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="430" />
        <source>Clear start/end of %1</source>
        <translation>Bỏ nút đầu/cuối %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="434" />
        <source>Show matching layer</source>
        <translation>Hiện lớp tương ứng</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="442" />
        <source>Show matching original nodes</source>
        <translation>Hiện các nút gốc tương ứng</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="450" />
        <source>Operator</source>
        <translation>Toán tử</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="458" />
        <source>Inputs</source>
        <translation>Các đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="459" />
        <source>Outputs</source>
        <translation>Các đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="460" />
        <location filename="../ui/parse_review_widget.cpp" line="476" />
        <source>Attributes</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="461" />
        <source>Not supported</source>
        <translation>Không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="462" />
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="470" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="471" />
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="472" />
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="473" />
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="474" />
        <source>MACs</source>
        <translation>Số phép MAC</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="477" />
        <source>Original nodes</source>
        <translation>Các nút gốc</translation>
    </message>
</context>
<context>
    <name>dfc::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="65" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <source>Open an ONNX model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation type="vanished">Mở một mô hình ONNX (hoặc kéo thả vào đây) để xem nó được ánh xạ lên bộ tăng tốc ra sao: đồ thị gốc và đồ thị đã phân tích đặt cạnh nhau, với các nút đầu và cuối có thể đổi bằng chuột phải.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="66" />
        <source>Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation>Mở một mô hình ONNX hoặc TFLite (hoặc kéo thả vào đây) để xem nó được ánh xạ lên bộ tăng tốc ra sao: đồ thị gốc và đồ thị đã phân tích đặt cạnh nhau, với các nút đầu và cuối có thể đổi bằng chuột phải.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="69" />
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="70" />
        <source>Open project…</source>
        <translation>Mở dự án…</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="71" />
        <source>Open model…</source>
        <translation>Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="72" />
        <source>Open the demo model (MobileNetV2)</source>
        <translation>Mở mô hình mẫu (MobileNetV2)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="73" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dự án gần đây&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="27" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="30" />
        <source>Open the demo model</source>
        <translation>Mở mô hình mẫu</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32" />
        <source>Models (.onnx, .tflite, .har) or projects (.dfcproj) to open</source>
        <translation>Mô hình (.onnx, .tflite, .har) hoặc dự án (.dfcproj) cần mở</translation>
    </message>
    <message>
        <source>Models (.onnx, .har) or projects (.dfcproj) to open</source>
        <translation type="vanished">Mô hình (.onnx, .har) hoặc dự án (.dfcproj) cần mở</translation>
    </message>
</context>
</TS>
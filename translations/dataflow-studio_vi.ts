<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BinaryText</name>
    <message>
        <location filename="../ui/binary_text.cpp" line="11" />
        <source>Input stream</source>
        <translation>Luồng đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="11" />
        <source>Output stream</source>
        <translation>Luồng đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="13" />
        <source>transposed on the device</source>
        <translation>chuyển vị trên thiết bị</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="14" />
        <source>Quantization: zero point %1, scale %2, range [%3, %4]</source>
        <translation>Lượng tử hóa: điểm không %1, hệ số tỉ lệ %2, khoảng [%3, %4]</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="15" />
        <source>Context %1</source>
        <translation>Ngữ cảnh %1</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="21" />
        <source>Compiled binary (.hef)</source>
        <translation>Tệp nhị phân đã biên dịch (.hef)</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="22" />
        <source>Target: %1</source>
        <translation>Thiết bị đích: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/binary_text.cpp" line="23" />
        <source>Network group: %1, %n context(s)</source>
        <translation><numerusform>Nhóm mạng: %1, %n ngữ cảnh</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="24" />
        <source>Estimated: %1 FPS, latency %2 ms (batch 1)</source>
        <translation>Ước tính: %1 FPS, độ trễ %2 ms (lô 1)</translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="25" />
        <source>Container V%1, %2 MB</source>
        <translation>Định dạng chứa V%1, %2 MB</translation>
    </message>
</context>
<context>
    <name>CompileFixes</name>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="61" />
        <source>%1: %2 subclusters</source>
        <translation>%1: %2 cụm con</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="70" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="78" />
        <source>What if (re-compiles)</source>
        <translation>Thử nếu (biên dịch lại)</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="80" />
        <source>More subclusters for this layer (%1)</source>
        <translation>Thêm cụm con cho lớp này (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="80" />
        <source>More subclusters for this layer</source>
        <translation>Thêm cụm con cho lớp này</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="85" />
        <source>It has none, is split into parts, or has a cluster's worth already.</source>
        <translation>Lớp không có cụm con, đã bị chia thành nhiều phần, hoặc đã có đủ một cụm.</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="86" />
        <source>Its output stream, not its MACs, sets its pace: more subclusters would not make it faster.</source>
        <translation>Luồng đầu ra, chứ không phải MAC, quyết định tốc độ của lớp: thêm cụm con sẽ không làm nó nhanh hơn.</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="87" />
        <source>16-bit here (re-optimizes, then compiles)</source>
        <translation>16 bit tại đây (tối ưu hóa lại, rồi biên dịch)</translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="90" />
        <source>Re-compile with the script</source>
        <translation>Biên dịch lại theo kịch bản</translation>
    </message>
</context>
<context>
    <name>LayerFixes</name>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="39" />
        <source>16-bit for this layer</source>
        <translation>16 bit cho lớp này</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="40" />
        <source>Clip activations at percentiles 0.01–99.99</source>
        <translation>Cắt giá trị kích hoạt theo phân vị 0,01–99,99</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="41" />
        <source>Clip weights at the 99.9th percentile</source>
        <translation>Cắt trọng số ở bách phân vị 99,9</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="42" />
        <source>Disable equalization here</source>
        <translation>Tắt cân bằng tại đây</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="53" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="61" />
        <source>Change output activation</source>
        <translation>Đổi hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="65" />
        <source>%1: output activation %2</source>
        <translation>%1: hàm kích hoạt đầu ra %2</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="70" />
        <source>Raise the optimization level</source>
        <translation>Tăng mức tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="71" />
        <source>16-bit for the noisiest layers…</source>
        <translation>16 bit cho các lớp nhiễu nhất…</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="73" />
        <source>Re-optimize with the script</source>
        <translation>Tối ưu hóa lại theo kịch bản</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="89" />
        <source>Optimization level %1</source>
        <translation>Mức tối ưu hóa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/layer_fixes.cpp" line="99" />
        <source>16-bit for %n layer(s) under %1 dB</source>
        <translation><numerusform>16 bit cho %n lớp dưới %1 dB</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="106" />
        <location filename="../ui/layer_fixes.cpp" line="113" />
        <source>16-bit for the noisiest layers</source>
        <translation>16 bit cho các lớp nhiễu nhất</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="107" />
        <source>Raise to 16 bits each layer whose quantization alone takes an output under (dB; at most a quarter of the layers, worst first):</source>
        <translation>Nâng lên 16 bit mỗi lớp mà chỉ riêng việc lượng tử hóa nó đã đưa một đầu ra xuống dưới (dB; tối đa một phần tư số lớp, tệ nhất trước):</translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="113" />
        <source>No layer alone takes an output under %1 dB.</source>
        <translation>Không lớp nào một mình đưa đầu ra xuống dưới %1 dB.</translation>
    </message>
</context>
<context>
    <name>LayerOverlays</name>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="42" />
        <source>not measured</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="50" />
        <source>SNR on the layer, all layers quantized (dB)</source>
        <translation>SNR tại lớp, mọi lớp đã lượng tử hóa (dB)</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="51" />
        <source>Output SNR with only this layer quantized (dB)</source>
        <translation>SNR đầu ra khi chỉ lượng tử hóa lớp này (dB)</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="63" />
        <source>FPS of the layer alone</source>
        <translation>FPS của riêng lớp</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="64" />
        <source>Utilization: the context's rate over the layer's (1 = the bottleneck)</source>
        <translation>Mức sử dụng: tốc độ của ngữ cảnh chia cho tốc độ của lớp (1 = điểm nghẽn)</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="66" />
        <source>Time per frame (ms)</source>
        <translation>Thời gian mỗi khung hình (ms)</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="67" />
        <source>Power (W)</source>
        <translation>Công suất (W)</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="68" />
        <source>Context</source>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="68" />
        <source>context %1</source>
        <translation>ngữ cảnh %1</translation>
    </message>
</context>
<context>
    <name>NoiseText</name>
    <message>
        <location filename="../ui/noise_text.cpp" line="8" />
        <source>clipped range</source>
        <translation>khoảng bị cắt</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="9" />
        <source>outliers set the range</source>
        <translation>giá trị ngoại lai quyết định khoảng</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="10" />
        <source>channel ranges differ</source>
        <translation>khoảng các kênh chênh lệch</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="11" />
        <source>4-bit weights</source>
        <translation>trọng số 4 bit</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="12" />
        <source>weight outliers</source>
        <translation>trọng số ngoại lai</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="13" />
        <source>amplified downstream</source>
        <translation>bị khuếch đại phía sau</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="22" />
        <source>%1 % of the float values fall outside the chosen range. Try a wider clipping percentile, or 16 bits.</source>
        <translation>%1 % giá trị thực nằm ngoài khoảng đã chọn. Hãy thử bách phân vị cắt rộng hơn, hoặc 16 bit.</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="25" />
        <source>99.9 % of the values use only %1 % of the range: rare outliers set the step. Try Clip activations at a percentile, or 16 bits.</source>
        <translation>99,9 % giá trị chỉ dùng %1 % của khoảng: vài giá trị ngoại lai hiếm quyết định bước lượng tử. Hãy thử Cắt kích hoạt theo bách phân vị, hoặc 16 bit.</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="29" />
        <source>One channel's range is %1× the median channel's, and all channels share one scale. Equalization can even them out; otherwise 16 bits.</source>
        <translation>Khoảng của một kênh gấp %1 lần kênh trung vị, và mọi kênh dùng chung một hệ số. Cân bằng (equalization) có thể san đều; nếu không thì 16 bit.</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="32" />
        <source>The weights are 4-bit. Try 8-bit weights (a lower compression level).</source>
        <translation>Trọng số là 4 bit. Hãy thử trọng số 8 bit (mức nén thấp hơn).</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="34" />
        <source>Most weights use only %1 % of their channel's range: a few large weights set the step. Try Clip weights, or 16 bits.</source>
        <translation>Phần lớn trọng số chỉ dùng %1 % khoảng của kênh: vài trọng số lớn quyết định bước lượng tử. Hãy thử Cắt trọng số, hoặc 16 bit.</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="38" />
        <source>Its own values stay close (%1 dB), yet quantized alone it takes an output to %2 dB: later layers (a division, a normalization by a variance, an exponent) magnify its error. Try 16 bits here and on what follows.</source>
        <translation>Giá trị của chính lớp vẫn sát (%1 dB), nhưng chỉ lượng tử hóa riêng nó đã đưa một đầu ra xuống %2 dB: các lớp phía sau (phép chia, chuẩn hóa theo phương sai, hàm mũ) khuếch đại sai số. Hãy thử 16 bit ở đây và ở các lớp tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="48" />
        <source>No cause measured: the range is used well; 16 bits is what is left to try.</source>
        <translation>Không đo được nguyên nhân: khoảng được dùng tốt; còn lại là thử 16 bit.</translation>
    </message>
</context>
<context>
    <name>ParseReasons</name>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="15" />
        <source>operator %1 has no accelerator conversion</source>
        <translation>toán tử %1 không có cách chuyển đổi sang bộ tăng tốc</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="16" />
        <source>its output '%1' cannot be produced on the accelerator</source>
        <translation>đầu ra '%1' của nút không thể tạo ra trên bộ tăng tốc</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="17" />
        <source>its output '%1' is a constant: nothing is left to run</source>
        <translation>đầu ra '%1' của nút là hằng số: không còn gì để chạy</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="18" />
        <source>malformed: it has fewer inputs, outputs or dimensions than %1 needs</source>
        <translation>sai cấu trúc: có ít đầu vào, đầu ra hoặc chiều hơn mức %1 cần</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="22" />
        <source>this variant cannot be converted (%1)</source>
        <translation>biến thể này không chuyển đổi được (%1)</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="29" />
        <source>Every node of the model is supported: it is parsed whole.</source>
        <translation>Mọi nút của mô hình đều được hỗ trợ: mô hình được phân tích toàn bộ.</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="30" />
        <source>No node of the model is supported.</source>
        <translation>Không nút nào của mô hình được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="32" />
        <source>Start at '%1': its input comes from '%2' (%3), where %4. That part runs on the host, as pre-processing.</source>
        <translation>Bắt đầu tại '%1': đầu vào của nút đến từ '%2' (%3), nơi %4. Phần đó chạy trên máy chủ, như tiền xử lý.</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="36" />
        <source>End at '%1': its output feeds '%2' (%3), where %4. That part runs on the host, as post-processing.</source>
        <translation>Kết thúc tại '%1': đầu ra của nút đi vào '%2' (%3), nơi %4. Phần đó chạy trên máy chủ, như hậu xử lý.</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="46" />
        <source>outside the scope: the host runs it</source>
        <translation>ngoài phạm vi: máy chủ chạy nút này</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="48" />
        <source>inside the scope: it stops the parse. Right-click the node before it → Cut here, and the host runs this node</source>
        <translation>trong phạm vi: nút này làm dừng việc phân tích. Nhấp chuột phải vào nút đứng trước → Cắt tại đây, và máy chủ sẽ chạy nút này</translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="50" />
        <source>inside the scope: it stops the parse. Right-click the node before it → Cut here (or the node after it → Start here), and the host runs it</source>
        <translation>trong phạm vi: nút này làm dừng việc phân tích. Nhấp chuột phải vào nút đứng trước → Cắt tại đây (hoặc nút đứng sau → Bắt đầu tại đây), và máy chủ sẽ chạy nút này</translation>
    </message>
</context>
<context>
    <name>ProfileCharts</name>
    <message>
        <location filename="../ui/profile_charts.cpp" line="56" />
        <location filename="../ui/profile_charts.cpp" line="243" />
        <source>context %1</source>
        <translation>ngữ cảnh %1</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="64" />
        <source>LCUs (control)</source>
        <translation>LCU (điều khiển)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="65" />
        <source>subclusters (compute)</source>
        <translation>cụm con (tính toán)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="66" />
        <source>APUs</source>
        <translation>APU</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="67" />
        <source>input aligners</source>
        <translation>bộ căn chỉnh đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="68" />
        <source>L3 memory</source>
        <translation>bộ nhớ L3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="77" />
        <source>compute: %1 M MACs on %n subcluster(s), lanes %2 % used</source>
        <translation><numerusform>tính toán: %1 triệu MAC trên %n cụm con, dùng %2 % làn</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="81" />
        <source>output: its APUs write the output (%n part(s)) slower than its MACs run</source>
        <translation><numerusform>đầu ra: các APU ghi đầu ra (%n phần) chậm hơn tốc độ MAC</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="82" />
        <source>data movement: it streams its output through %n part(s)</source>
        <translation><numerusform>di chuyển dữ liệu: lớp truyền đầu ra qua %n phần</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="108" />
        <source>% of the context</source>
        <translation>% của ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="117" />
        <source>compute cap</source>
        <translation>giới hạn tính toán</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="128" />
        <source>Utilization per context</source>
        <translation>Mức sử dụng theo ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="146" />
        <source>layer FPS (red: its context's bottleneck)</source>
        <translation>FPS của lớp (đỏ: điểm nghẽn của ngữ cảnh)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="169" />
        <location filename="../ui/profile_charts.cpp" line="183" />
        <location filename="../ui/profile_charts.cpp" line="204" />
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="175" />
        <source>FPS per layer (the slowest layer of a context sets its rate)</source>
        <translation>FPS theo lớp (lớp chậm nhất của một ngữ cảnh quyết định tốc độ của nó)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="185" />
        <source>power (W)</source>
        <translation>công suất (W)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="202" />
        <source>batch size</source>
        <translation>kích thước lô</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="205" />
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="213" />
        <source>Batch size</source>
        <translation>Kích thước lô</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="225" />
        <source>switch</source>
        <translation>chuyển ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="226" />
        <source>weights over the host link</source>
        <translation>trọng số qua liên kết máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="227" />
        <source>inference</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="228" />
        <source>drain</source>
        <translation>xả</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="229" />
        <source>host transfers</source>
        <translation>truyền với máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="247" />
        <source>ms for a batch of 8</source>
        <translation>ms cho một lô 8</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="252" />
        <source>One batch of 8 through the contexts</source>
        <translation>Một lô 8 đi qua các ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="265" />
        <source>%1 ms in the device, one enters every %2 ms</source>
        <translation>%1 ms trong thiết bị, cứ %2 ms lại vào một khung</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="285" />
        <source>The first %1 frames at batch 1</source>
        <translation>%1 khung hình đầu tiên với lô 1</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="271" />
        <source>frame %1</source>
        <translation>khung %1</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="279" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="293" />
        <source>from the host</source>
        <translation>từ máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="294" />
        <source>to the host</source>
        <translation>đến máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="295" />
        <source>through DDR portals</source>
        <translation>qua cổng DDR</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="296" />
        <source>weights (per switch)</source>
        <translation>trọng số (mỗi lần chuyển)</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="311" />
        <source>kB per frame</source>
        <translation>kB mỗi khung hình</translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="316" />
        <source>Host link traffic per context</source>
        <translation>Lưu lượng liên kết máy chủ theo ngữ cảnh</translation>
    </message>
</context>
<context>
    <name>dfc::ui::CompileHistoryDock</name>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="98" />
        <source>Compiles</source>
        <translation>Các lần biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>Target</source>
        <translation>Thiết bị đích</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>Host link</source>
        <translation>Liên kết máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>Contexts</source>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99" />
        <source>FPS (batch 1)</source>
        <translation>FPS (lô 1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="100" />
        <source>FPS (batch 8)</source>
        <translation>FPS (lô 8)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="100" />
        <source>Latency (ms)</source>
        <translation>Độ trễ (ms)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101" />
        <source>Number</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101" />
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101" />
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101" />
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>Change (%)</source>
        <translation>Thay đổi (%)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>FPS before</source>
        <translation>FPS trước</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>FPS after</source>
        <translation>FPS sau</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>Context</source>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102" />
        <source>Subclusters</source>
        <translation>Cụm con</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="103" />
        <source>Restore this compile's choices</source>
        <translation>Khôi phục lựa chọn của lần biên dịch này</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="104" />
        <source>Puts the selected compile's script, target and host link back (undoable); Re-compile then reproduces it</source>
        <translation>Đặt lại kịch bản, thiết bị đích và liên kết máy chủ của lần biên dịch đã chọn (có thể hoàn tác); Biên dịch lại sẽ tái tạo nó</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="118" />
        <source>module</source>
        <translation>mô-đun</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="145" />
        <source>Each compile is kept here with its report; two compiles are compared layer by layer.</source>
        <translation>Mỗi lần biên dịch được lưu ở đây cùng báo cáo; hai lần biên dịch được so sánh theo từng lớp.</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="146" />
        <source>Select two compiles to compare them.</source>
        <translation>Chọn hai lần biên dịch để so sánh.</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="157" />
        <source>FPS, batch 1</source>
        <translation>FPS, lô 1</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="157" />
        <source>FPS, batch 8</source>
        <translation>FPS, lô 8</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="158" />
        <source>latency (ms)</source>
        <translation>độ trễ (ms)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="158" />
        <source>power (W)</source>
        <translation>công suất (W)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="159" />
        <source>contexts</source>
        <translation>ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="159" />
        <source>host link (Mbit/s)</source>
        <translation>liên kết máy chủ (Mbit/s)</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="179" />
        <source>Compile %1 (%2) → compile %3 (%4).</source>
        <translation>Biên dịch %1 (%2) → biên dịch %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="180" />
        <source>The scripts differ.</source>
        <translation>Các kịch bản khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="181" />
        <source>The host links differ.</source>
        <translation>Các liên kết máy chủ khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="183" />
        <source>%1 layer(s) only in the first, %2 only in the second.</source>
        <translation>%1 lớp chỉ có ở lần đầu, %2 chỉ có ở lần sau.</translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="193" />
        <source>Restore the choices of compile %1</source>
        <translation>Khôi phục lựa chọn của lần biên dịch %1</translation>
    </message>
</context>
<context>
    <name>dfc::ui::CompileWizard</name>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="54" />
        <source>Compile %1</source>
        <translation>Biên dịch %1</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="64" />
        <source>Finish shows the profiler report.</source>
        <translation>Hoàn tất sẽ hiển thị báo cáo hiệu năng.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="67" />
        <source>Compilation failed:</source>
        <translation>Biên dịch thất bại:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="70" />
        <source>Cancelled: the model is as it was before.</source>
        <translation>Đã hủy: mô hình giữ nguyên như trước.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="77" />
        <source>The module's own link</source>
        <translation>Liên kết riêng của mô-đun</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="78" />
        <source>Raspberry Pi 5 with an AI Kit or AI HAT+ (PCIe Gen2, 1 lane)</source>
        <translation>Raspberry Pi 5 với AI Kit hoặc AI HAT+ (PCIe Gen2, 1 làn)</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="79" />
        <source>Raspberry Pi 5 with PCIe Gen3 switched on (1 lane)</source>
        <translation>Raspberry Pi 5 đã bật PCIe Gen3 (1 làn)</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="80" />
        <source>PCIe Gen3, 2 lanes</source>
        <translation>PCIe Gen3, 2 làn</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="81" />
        <source>PCIe Gen3, 4 lanes (an M.2 M-key slot)</source>
        <translation>PCIe Gen3, 4 làn (khe M.2 M-key)</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="82" />
        <source>PCIe Gen4, 4 lanes</source>
        <translation>PCIe Gen4, 4 làn</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="88" />
        <source>Target</source>
        <translation>Thiết bị đích</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="89" />
        <source>The accelerator the model runs on, and how it reaches the host. The link limits models whose inputs, outputs or context switches move a lot of data.</source>
        <translation>Bộ tăng tốc chạy mô hình, và cách nó kết nối với máy chủ. Liên kết giới hạn các mô hình có đầu vào, đầu ra hoặc việc chuyển ngữ cảnh di chuyển nhiều dữ liệu.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="101" />
        <source>Target:</source>
        <translation>Thiết bị đích:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="103" />
        <source>Host link:</source>
        <translation>Liên kết máy chủ:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="116" />
        <source>Resources</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="117" />
        <source>How much of each context the compiler may fill, and when it may split the model into contexts (the device switches between them, loading each one's weights).</source>
        <translation>Trình biên dịch được lấp đầy mỗi ngữ cảnh đến mức nào, và khi nào được chia mô hình thành nhiều ngữ cảnh (thiết bị chuyển giữa chúng, nạp trọng số của từng ngữ cảnh).</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="119" />
        <source>Performance mode: fill more of each context, FPS first</source>
        <translation>Chế độ hiệu năng: lấp đầy mỗi ngữ cảnh nhiều hơn, ưu tiên FPS</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="123" />
        <source>Allowed: one context when the model fits, else as few as needed</source>
        <translation>Cho phép: một ngữ cảnh khi mô hình vừa, nếu không thì ít nhất có thể</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="124" />
        <source>Enabled: split into contexts even when one would do</source>
        <translation>Bật: chia thành nhiều ngữ cảnh ngay cả khi một là đủ</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="125" />
        <source>Disabled: one context, or an error saying what does not fit</source>
        <translation>Tắt: một ngữ cảnh, hoặc báo lỗi nêu phần không vừa</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="137" />
        <source>Context switch:</source>
        <translation>Chuyển ngữ cảnh:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="139" />
        <source>Layer controllers (LCUs) at most:</source>
        <translation>Bộ điều khiển lớp (LCU) tối đa:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="140" />
        <source>Compute (subclusters, APUs, aligners) at most:</source>
        <translation>Tính toán (cụm con, APU, bộ căn chỉnh) tối đa:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="141" />
        <source>Memory (L3 cuts) at most:</source>
        <translation>Bộ nhớ (khối L3) tối đa:</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="158" />
        <source>Compiling</source>
        <translation>Đang biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="186" />
        <source>PCIe %1</source>
        <translation>PCIe %1</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="238" />
        <source>%1: %2 clusters, %3 subclusters, %4 TOPS peak at %5 MHz.</source>
        <translation>%1: %2 cụm, %3 cụm con, đỉnh %4 TOPS ở %5 MHz.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="246" />
        <source>%1 MB/s each way, as the target's description gives it.</source>
        <translation>%1 MB/s mỗi chiều, theo mô tả của thiết bị đích.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="247" />
        <source>PCIe %1: %2 MB/s each way after line coding. Only the profiler's estimates change; the compiled binary is the same.</source>
        <translation>PCIe %1: %2 MB/s mỗi chiều sau mã hóa đường truyền. Chỉ ước tính của trình đo hiệu năng thay đổi; tệp nhị phân đã biên dịch vẫn như cũ.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="252" />
        <source>The usual choice: contexts only when the model does not fit the caps at once.</source>
        <translation>Lựa chọn thông thường: chỉ dùng nhiều ngữ cảnh khi mô hình không vừa các giới hạn cùng lúc.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="255" />
        <source>Gives each context more room (more subclusters per layer) at the cost of a switch per batch; worth it for large batches.</source>
        <translation>Cho mỗi ngữ cảnh thêm chỗ (nhiều cụm con hơn cho mỗi lớp) với cái giá là một lần chuyển mỗi lô; đáng dùng cho lô lớn.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="259" />
        <source>For low latency: no switches. A model that does not fit fails with the reason.</source>
        <translation>Cho độ trễ thấp: không chuyển ngữ cảnh. Mô hình không vừa sẽ thất bại kèm lý do.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="267" />
        <source>The model script needs no compilation line for these choices (the target's defaults).</source>
        <translation>Kịch bản mô hình không cần dòng biên dịch nào cho các lựa chọn này (mặc định của thiết bị đích).</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="268" />
        <source>The model script gets:</source>
        <translation>Kịch bản mô hình được thêm:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compile_wizard.cpp" line="277" />
        <source>Compiled for %1: %n context(s).</source>
        <translation><numerusform>Đã biên dịch cho %1: %n ngữ cảnh.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="278" />
        <source>Why: %1.</source>
        <translation>Lý do: %1.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="279" />
        <source>%1 FPS at batch 1, %2 FPS at batch 8; latency %3 ms; %4 W.</source>
        <translation>%1 FPS với lô 1, %2 FPS với lô 8; độ trễ %3 ms; %4 W.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="284" />
        <source>Limited by %1.</source>
        <translation>Bị giới hạn bởi %1.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="286" />
        <source>Context %1: %2 layers, %3 FPS alone, bottleneck %4 (%5).</source>
        <translation>Ngữ cảnh %1: %2 lớp, %3 FPS riêng, điểm nghẽn %4 (%5).</translation>
    </message>
    <message>
        <source>Context %1: %2 layers, %3 FPS alone, bottleneck %4.</source>
        <translation type="vanished">Ngữ cảnh %1: %2 lớp, %3 FPS riêng, điểm nghẽn %4.</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="297" />
        <source>Compiling for %1…</source>
        <translation>Đang biên dịch cho %1…</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="299" />
        <source>Compile settings</source>
        <translation>Thiết lập biên dịch</translation>
    </message>
    <message>
        <source>Edit the model script</source>
        <translation type="vanished">Sửa kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="302" />
        <source>The model cannot be compiled now: optimize it first, and wait for running jobs.</source>
        <translation>Chưa thể biên dịch mô hình lúc này: hãy tối ưu hóa trước, và chờ các tác vụ đang chạy.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ContextUtilizationDock</name>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="42" />
        <source>Contexts: utilization</source>
        <translation>Ngữ cảnh: mức sử dụng</translation>
    </message>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="58" />
        <source>Compile the model to see what fills each context (Compile → Compile and profile).</source>
        <translation>Hãy biên dịch mô hình để xem những gì lấp đầy mỗi ngữ cảnh (Biên dịch → Biên dịch và đo hiệu năng).</translation>
    </message>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="71" />
        <source>context %1: %2 FPS, bottleneck %3</source>
        <translation>ngữ cảnh %1: %2 FPS, điểm nghẽn %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/context_utilization_dock.cpp" line="76" />
        <source>%n context(s) on %1 — click a context's bars to select its layers.</source>
        <translation><numerusform>%n ngữ cảnh trên %1 — nhấp vào các cột của một ngữ cảnh để chọn các lớp của nó.</numerusform></translation>
    </message>
</context>
<context>
    <name>dfc::ui::GraphScene</name>
    <message>
        <location filename="../ui/graph/graph_scene.cpp" line="92" />
        <source>Laying out</source>
        <translation>Đang sắp xếp bố cục</translation>
    </message>
</context>
<context>
    <name>dfc::ui::HistoryDock</name>
    <message>
        <location filename="../ui/docks/history_dock.cpp" line="20" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/docks/history_dock.cpp" line="21" />
        <source>Opened</source>
        <translation>Đã mở</translation>
    </message>
</context>
<context>
    <name>dfc::ui::InferenceDialog</name>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="25" />
        <source>Native</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="26" />
        <source>Full precision</source>
        <translation>Độ chính xác đầy đủ</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="27" />
        <source>Quantized</source>
        <translation>Lượng tử hóa</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="28" />
        <source>Compiled</source>
        <translation>Đã biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="66" />
        <source>Try an input: %1</source>
        <translation>Thử một đầu vào: %1</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="68" />
        <source>An image (PNG, JPEG), a .npy or a .npz</source>
        <translation>Một ảnh (PNG, JPEG), một tệp .npy hoặc .npz</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="69" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="70" />
        <source>Run in every mode</source>
        <translation>Chạy ở mọi chế độ</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="93" />
        <source>Choose an input</source>
        <translation>Chọn một đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="94" />
        <source>Inputs (*.png *.jpg *.jpeg *.npy *.npz);;All files (*)</source>
        <translation>Đầu vào (*.png *.jpg *.jpeg *.npy *.npz);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="106" />
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="137" />
        <source>range %1 … %2</source>
        <translation>khoảng %1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="138" />
        <source>SNR against native: %1 dB</source>
        <translation>SNR so với gốc: %1 dB</translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="140" />
        <source>top: %1</source>
        <translation>cao nhất: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inference_dialog.cpp" line="148" />
        <source>%1 run in %n mode(s); maps are drawn on the native output's scale.</source>
        <translation><numerusform>%1 đã chạy ở %n chế độ; các bản đồ được vẽ theo thang của đầu ra gốc.</numerusform></translation>
    </message>
</context>
<context>
    <name>dfc::ui::IssuesDock</name>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="70" />
        <source>Issues</source>
        <translation>Sự cố</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="91" />
        <source>&lt;b&gt;Parsed&lt;/b&gt; %1 of %2 nodes into %n layer(s).</source>
        <translation><numerusform>&lt;b&gt;Đã phân tích&lt;/b&gt; %1 trên %2 nút thành %n lớp.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="93" />
        <source>&lt;b&gt;Not parsed:&lt;/b&gt; %n node(s) inside the scope have no conversion. Move the end node before them or the start node after them (right-click a node), then Re-parse.</source>
        <translation><numerusform>&lt;b&gt;Chưa phân tích được:&lt;/b&gt; %n nút trong phạm vi không có cách chuyển đổi. Hãy dời nút kết thúc lên trước chúng hoặc nút bắt đầu ra sau chúng (nhấp chuột phải vào một nút), rồi Phân tích lại.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="96" />
        <source>The whole model does not parse, so the suggested scope was applied (as &lt;tt&gt;dfc parser -y&lt;/tt&gt;):</source>
        <translation>Toàn bộ mô hình không phân tích được, nên phạm vi được đề xuất đã được áp dụng (như &lt;tt&gt;dfc parser -y&lt;/tt&gt;):</translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="101" />
        <source>Start: %1 · End: %2</source>
        <translation>Bắt đầu: %1 · Kết thúc: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="102" />
        <source>the model's inputs</source>
        <translation>các đầu vào của mô hình</translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="103" />
        <source>the model's outputs</source>
        <translation>các đầu ra của mô hình</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="112" />
        <source>%n more operator type(s)</source>
        <translation><numerusform>%n loại toán tử khác</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="113" />
        <source>&lt;b&gt;Outside the scope:&lt;/b&gt; %n node(s), which the host runs around the accelerator: %1.</source>
        <translation><numerusform>&lt;b&gt;Ngoài phạm vi:&lt;/b&gt; %n nút, do máy chủ chạy quanh bộ tăng tốc: %1.</numerusform></translation>
    </message>
    <message>
        <source>inside the scope: it stops the parse</source>
        <translation type="vanished">trong phạm vi: nút này làm dừng việc phân tích</translation>
    </message>
    <message>
        <source>outside the scope: the host runs it</source>
        <translation type="vanished">ngoài phạm vi: máy chủ chạy nút này</translation>
    </message>
</context>
<context>
    <name>dfc::ui::JobProgressWidget</name>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="32" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress_widget.cpp" line="42" />
        <source>about %n s left</source>
        <translation><numerusform>còn khoảng %n giây</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="43" />
        <source>about %1 min %2 s left</source>
        <translation>còn khoảng %1 phút %2 giây</translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="80" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="81" />
        <source>Stop the running operation; what was there before is kept</source>
        <translation>Dừng thao tác đang chạy; kết quả trước đó được giữ nguyên</translation>
    </message>
</context>
<context>
    <name>dfc::ui::LayerNoiseDock</name>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="129" />
        <source>Noise: layer</source>
        <translation>Nhiễu: lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="130" />
        <source>Activations</source>
        <translation>Kích hoạt</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="131" />
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="132" />
        <source>Native vs quantized</source>
        <translation>Gốc so với lượng tử hóa</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="171" />
        <source>Optimize the model, then select a layer to see its ranges and noise.</source>
        <translation>Hãy tối ưu hóa mô hình, rồi chọn một lớp để xem khoảng giá trị và nhiễu của nó.</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="172" />
        <source>Select a layer (in the graph, the SNR chart or the table).</source>
        <translation>Chọn một lớp (trong đồ thị, biểu đồ SNR hoặc bảng).</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="175" />
        <source>%1-bit output</source>
        <translation>đầu ra %1 bit</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="175" />
        <source>%1-bit weights</source>
        <translation>trọng số %1 bit</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="182" />
        <source>SNR on the layer: %1 dB</source>
        <translation>SNR tại lớp: %1 dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="183" />
        <source>outputs with only this layer quantized: %1 dB</source>
        <translation>đầu ra khi chỉ lượng tử hóa lớp này: %1 dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="211" />
        <source>float values (calibration)</source>
        <translation>giá trị thực (hiệu chuẩn)</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="212" />
        <source>chosen range</source>
        <translation>khoảng đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="216" />
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="216" />
        <location filename="../ui/docks/layer_noise_dock.cpp" line="256" />
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="218" />
        <source>%1 … %2 chosen of %3 … %4</source>
        <translation>chọn %1 … %2 trong %3 … %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="219" />
        <source>clipped %1 %</source>
        <translation>bị cắt %1 %</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="249" />
        <source>float weights</source>
        <translation>trọng số thực</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="250" />
        <source>widest channel's range</source>
        <translation>khoảng của kênh rộng nhất</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="252" />
        <source>median channel's range</source>
        <translation>khoảng của kênh trung vị</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="256" />
        <source>weight</source>
        <translation>trọng số</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="258" />
        <source>%1 channels, %2-bit; clipped %3 %</source>
        <translation>%1 kênh, %2 bit; bị cắt %3 %</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="268" />
        <source>samples (native, quantized)</source>
        <translation>mẫu (gốc, lượng tử hóa)</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="277" />
        <source>quantized = native</source>
        <translation>lượng tử hóa = gốc</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="284" />
        <source>native</source>
        <translation>gốc</translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="284" />
        <source>quantized</source>
        <translation>lượng tử hóa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/layer_noise_dock.cpp" line="285" />
        <source>%n sample(s), all layers quantized</source>
        <translation><numerusform>%n mẫu, mọi lớp đã lượng tử hóa</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="287" />
        <source>Optimize → Analyze noise samples each layer's values.</source>
        <translation>Tối ưu hóa → Phân tích nhiễu sẽ lấy mẫu giá trị của từng lớp.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::LogDock</name>
    <message>
        <location filename="../ui/docks/log_dock.cpp" line="14" />
        <location filename="../ui/docks/log_dock.cpp" line="23" />
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
</context>
<context>
    <name>dfc::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="206" />
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206" />
        <location filename="../ui/main_window.cpp" line="863" />
        <source>Dataflow Studio projects (*.dfcproj)</source>
        <translation>Dự án Dataflow Studio (*.dfcproj)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210" />
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <source>Models (*.onnx *.har)</source>
        <translation type="vanished">Mô hình (*.onnx *.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210" />
        <source>Models (*.onnx *.tflite *.har)</source>
        <translation>Mô hình (*.onnx *.tflite *.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229" />
        <source>Export HAR</source>
        <translation>Xuất HAR</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229" />
        <source>HAR archives (*.har)</source>
        <translation>Tệp lưu trữ HAR (*.har)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229" />
        <source>HAR written to %1</source>
        <translation>Đã ghi HAR vào %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236" />
        <source>Export compiled binary</source>
        <translation>Xuất tệp nhị phân đã biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236" />
        <source>Compiled binaries (*.hef)</source>
        <translation>Tệp nhị phân đã biên dịch (*.hef)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237" />
        <source>Binary written to %1</source>
        <translation>Đã ghi tệp nhị phân vào %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241" />
        <location filename="../ui/main_window.cpp" line="246" />
        <source>Export graph</source>
        <translation>Xuất đồ thị</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241" />
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242" />
        <location filename="../ui/main_window.cpp" line="247" />
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>The language changes when Dataflow Studio starts next time.</source>
        <translation type="vanished">Ngôn ngữ sẽ đổi khi khởi động lại Dataflow Studio.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="373" />
        <source>About Dataflow Studio</source>
        <translation>Giới thiệu Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374" />
        <source>&lt;h3&gt;Dataflow Studio %1&lt;/h3&gt;&lt;p&gt;Parse, quantize, compile and profile neural networks for dataflow NPUs (hailo8, hailo8l, hailo8r), with no vendor software.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dataflow Studio %1&lt;/h3&gt;&lt;p&gt;Phân tích, lượng tử hóa, biên dịch và đo hiệu năng mạng nơ-ron cho NPU dataflow (hailo8, hailo8l, hailo8r), không cần phần mềm của nhà cung cấp.&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="428" />
        <source>No recent files</source>
        <translation>Chưa có tệp nào mở gần đây</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="430" />
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="446" />
        <location filename="../ui/main_window.cpp" line="932" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448" />
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="449" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451" />
        <source>&amp;Parse</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="452" />
        <source>&amp;Optimize</source>
        <translation>&amp;Tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="453" />
        <source>&amp;Compile</source>
        <translation>&amp;Biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="454" />
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="455" />
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457" />
        <source>&amp;New project</source>
        <translation>Dự án &amp;mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="458" />
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="459" />
        <source>Open &amp;model…</source>
        <translation>Mở mô &amp;hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="460" />
        <source>Open the &amp;demo model</source>
        <translation>Mở mô hình &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461" />
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="462" />
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án &amp;thành…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="463" />
        <source>Export &amp;HAR…</source>
        <translation>Xuất &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464" />
        <source>Export compiled &amp;binary (.hef)…</source>
        <translation>Xuất &amp;tệp nhị phân đã biên dịch (.hef)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="465" />
        <source>Export graph as SV&amp;G…</source>
        <translation>Xuất đồ thị dạng SV&amp;G…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="466" />
        <source>Export graph as &amp;PNG…</source>
        <translation>Xuất đồ thị dạng &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467" />
        <source>&amp;Close model</source>
        <translation>Đó&amp;ng mô hình</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="468" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="469" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="471" />
        <source>Zoom to &amp;fit</source>
        <translation>Thu phóng &amp;vừa khung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="472" />
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473" />
        <source>&amp;Re-parse</source>
        <translation>Phân tích &amp;lại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="474" />
        <source>&amp;Input shapes…</source>
        <translation>&amp;Kích thước đầu vào…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475" />
        <source>&amp;Verify against your framework…</source>
        <translation>&amp;Kiểm chứng với framework của bạn…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476" />
        <source>&amp;Optimize (calibrate and quantize)…</source>
        <translation>&amp;Tối ưu hóa (hiệu chuẩn và lượng tử hóa)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="477" />
        <source>Analyze &amp;noise per layer</source>
        <translation>Phân tích &amp;nhiễu từng lớp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="478" />
        <source>&amp;Raise the optimization level</source>
        <translation>&amp;Tăng mức tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="479" />
        <source>&amp;16-bit for the noisiest layers…</source>
        <translation>&amp;16 bit cho các lớp nhiễu nhất…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="480" />
        <source>R&amp;e-optimize with the script</source>
        <translation>Tối ưu hóa &amp;lại với kịch bản</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="481" />
        <source>&amp;Try an input in every emulator mode…</source>
        <translation>&amp;Thử một đầu vào ở mọi chế độ giả lập…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="482" />
        <source>&amp;Compile and profile…</source>
        <translation>&amp;Biên dịch và đo hiệu năng…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="483" />
        <source>Open profiler &amp;report or binary…</source>
        <translation>Mở &amp;báo cáo hiệu năng hoặc tệp nhị phân…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="484" />
        <source>&amp;Re-compile with the script</source>
        <translation>Biên dịch &amp;lại theo kịch bản</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="485" />
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Phím tắt…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="486" />
        <source>Language: system default</source>
        <translation>Ngôn ngữ: theo hệ thống</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="vanished">Thuộc tính</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="vanished">Sự cố</translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="vanished">Nhật ký</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="672" />
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="594" />
        <source>%1: %2 layers</source>
        <translation>%1: %2 lớp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214" />
        <source>Open a profiler report or a compiled binary</source>
        <translation>Mở báo cáo hiệu năng hoặc tệp nhị phân đã biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215" />
        <source>Reports and binaries (*.json *.hef)</source>
        <translation>Báo cáo và tệp nhị phân (*.json *.hef)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280" />
        <source>Parse the model before verifying it.</source>
        <translation>Hãy phân tích mô hình trước khi kiểm chứng.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292" />
        <source>Parse the model before optimizing it.</source>
        <translation>Hãy phân tích mô hình trước khi tối ưu hóa.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307" />
        <source>Optimize the model first: the noise analysis runs on its calibration data.</source>
        <translation>Hãy tối ưu hóa mô hình trước: phân tích nhiễu chạy trên dữ liệu hiệu chuẩn của nó.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318" />
        <source>Analyze the noise per layer first: the choice is made from each layer's measured effect.</source>
        <translation>Hãy phân tích nhiễu từng lớp trước: lựa chọn dựa trên ảnh hưởng đo được của từng lớp.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="326" />
        <source>Parse the model before running an input through it.</source>
        <translation>Hãy phân tích cú pháp mô hình trước khi chạy một đầu vào qua nó.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="337" />
        <source>Optimize the model once with the wizard; Re-optimize then reuses its calibration data.</source>
        <translation>Hãy tối ưu hóa mô hình một lần bằng trình hướng dẫn; Tối ưu hóa lại sẽ dùng lại dữ liệu hiệu chuẩn đó.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="347" />
        <source>Optimize the model before compiling it: the compiler places the quantized layers.</source>
        <translation>Hãy tối ưu hóa mô hình trước khi biên dịch: trình biên dịch sắp đặt các lớp đã lượng tử hóa.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="361" />
        <source>Compile the model once with the wizard; Re-compile then reuses its choices.</source>
        <translation>Hãy biên dịch mô hình một lần bằng trình hướng dẫn; Biên dịch lại sẽ dùng lại các lựa chọn đó.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="487" />
        <source>&amp;About Dataflow Studio</source>
        <translation>&amp;Giới thiệu Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="492" />
        <source>Pipeline</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="547" />
        <source>Written by Dataflow Studio: its payload runs on our CPU runtime (dfc infer).</source>
        <translation>Do Dataflow Studio tạo: phần dữ liệu của nó chạy trên môi trường chạy CPU của chúng tôi (dfc infer).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="548" />
        <source>Written by another compiler: its streams are shown; our runtime cannot run it.</source>
        <translation>Do trình biên dịch khác tạo: các luồng được hiển thị; môi trường chạy của chúng tôi không chạy được nó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="552" />
        <source>%1: compiled binary for %2, %n context(s)</source>
        <translation><numerusform>%1: tệp nhị phân đã biên dịch cho %2, %n ngữ cảnh</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="579" />
        <source>%1: profiler report of %2 on %3</source>
        <translation>%1: báo cáo hiệu năng của %2 trên %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="606" />
        <source>%1: quantized (optimization level %2, compression level %3, %n calibration item(s))</source>
        <translation><numerusform>%1: đã lượng tử hóa (mức tối ưu hóa %2, mức nén %3, %n mẫu hiệu chuẩn)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="619" />
        <source>%1: noisiest layer %2 (output SNR %3 dB with only it quantized); right-click it for fixes</source>
        <translation>%1: lớp nhiễu nhất là %2 (SNR đầu ra %3 dB khi chỉ lượng tử hóa lớp này); nhấp chuột phải vào lớp để sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="626" />
        <source>%1: %2 FPS at batch 1, %3 at batch 8 on %4; limited by %5</source>
        <translation>%1: %2 FPS với lô 1, %3 với lô 8 trên %4; bị giới hạn bởi %5</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="539" />
        <location filename="../ui/main_window.cpp" line="562" />
        <location filename="../ui/main_window.cpp" line="573" />
        <location filename="../ui/main_window.cpp" line="661" />
        <source>Could not open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="700" />
        <source>Recover unsaved changes</source>
        <translation>Khôi phục thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701" />
        <source>%1 has newer unsaved changes from a session that did not close normally. Recover them?</source>
        <translation>%1 có thay đổi mới hơn chưa lưu từ một phiên không đóng bình thường. Khôi phục chúng?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="717" />
        <source>The project's model %1 is missing</source>
        <translation>Không tìm thấy mô hình %1 của dự án</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="728" />
        <source>The project's host link %1 is not a PCIe link (genGxL); %2 uses the module's</source>
        <translation>Liên kết máy chủ %1 của dự án không phải là liên kết PCIe (genGxL); %2 dùng liên kết của mô-đun</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="733" />
        <source>The project's target %1 is not known; %2 uses %3</source>
        <translation>Thiết bị đích %1 của dự án không được hỗ trợ; %2 dùng %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="808" />
        <source>Project saved to %1</source>
        <translation>Đã lưu dự án vào %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="836" />
        <source>Save the parsed models?</source>
        <translation>Lưu các mô hình đã phân tích?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837" />
        <source>Also save each parsed model as a HAR beside the project (about %1 MB in all)? The HARs carry the parse, and later the optimization and compilation, for dfc and other tools. The project remembers the answer.</source>
        <translation>Lưu thêm mỗi mô hình đã phân tích thành một tệp HAR bên cạnh dự án (tổng cộng khoảng %1 MB)? Các tệp HAR giữ kết quả phân tích, sau này cả tối ưu hóa và biên dịch, cho dfc và các công cụ khác. Dự án ghi nhớ câu trả lời.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="853" />
        <source>%1 not saved: the start/end nodes changed since the last parse; re-parse (F5) and save again</source>
        <translation>Chưa lưu %1: các nút đầu/cuối đã thay đổi từ lần phân tích trước; hãy phân tích lại (F5) rồi lưu lần nữa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="863" />
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="943" />
        <source>%1: %2 FPS at batch 1 on %3, %n context(s)</source>
        <translation><numerusform>%1: %2 FPS với lô 1 trên %3, %n ngữ cảnh</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="987" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="987" />
        <source>Save the project before closing it?</source>
        <translation>Lưu dự án trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ModelDocument</name>
    <message>
        <source>Parsing was cancelled; the previous result is kept.</source>
        <translation type="vanished">Đã hủy phân tích; kết quả trước được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="136" />
        <source>Target %1</source>
        <translation>Thiết bị đích %1</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="187" />
        <source>Loading</source>
        <translation>Đang tải</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="187" />
        <source>Parsing</source>
        <translation>Đang phân tích</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="323" />
        <source>Optimizing</source>
        <translation>Đang tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="348" />
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="437" />
        <source>Analyzing noise</source>
        <translation>Đang phân tích nhiễu</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="475" />
        <source>Compiling</source>
        <translation>Đang biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="519" />
        <source>Profiling</source>
        <translation>Đang đo hiệu năng</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="534" />
        <source>Host link %1</source>
        <translation>Liên kết máy chủ %1</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="534" />
        <source>Host link of the module</source>
        <translation>Liên kết máy chủ của mô-đun</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="551" />
        <source>Edit the model script</source>
        <translation>Sửa kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="622" />
        <source>Running the input</source>
        <translation>Đang chạy đầu vào</translation>
    </message>
</context>
<context>
    <name>dfc::ui::OptimizationSummaryWidget</name>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81" />
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81" />
        <source>Output bits</source>
        <translation>Số bit đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81" />
        <source>Weight bits</source>
        <translation>Số bit trọng số</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83" />
        <source>Algorithms</source>
        <translation>Thuật toán</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81" />
        <source>SNR alone (dB)</source>
        <translation>SNR riêng lớp (dB)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="35" />
        <location filename="../ui/optimization_summary_widget.cpp" line="36" />
        <source>Export the layer table</source>
        <translation>Xuất bảng các lớp</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="35" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="36" />
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82" />
        <source>SNR on layer (dB)</source>
        <translation>SNR tại lớp (dB)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82" />
        <source>Clipped (%)</source>
        <translation>Bị cắt (%)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82" />
        <source>Range use (%)</source>
        <translation>Dùng khoảng (%)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82" />
        <source>Channel spread</source>
        <translation>Chênh lệch kênh</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83" />
        <source>Weight range use (%)</source>
        <translation>Dùng khoảng trọng số (%)</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83" />
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="84" />
        <source>Filter layers by name, type, cause or algorithm</source>
        <translation>Lọc lớp theo tên, loại, nguyên nhân hoặc thuật toán</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="85" />
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="87" />
        <source>This model is not optimized yet.</source>
        <translation>Mô hình này chưa được tối ưu hóa.</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="93" />
        <source>Full-precision model (state fp_optimized): the model script's modifications are applied; it is not quantized yet.</source>
        <translation>Mô hình độ chính xác đầy đủ (trạng thái fp_optimized): các thay đổi của kịch bản mô hình đã được áp dụng; mô hình chưa được lượng tử hóa.</translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="98" />
        <source>optimization_level %1, compression_level %2; calibration: %3 items (%4)</source>
        <translation>optimization_level %1, compression_level %2; hiệu chuẩn: %3 mẫu (%4)</translation>
    </message>
</context>
<context>
    <name>dfc::ui::OptimizeWizard</name>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="42" />
        <source>Keep this choice in the model script</source>
        <translation>Giữ lựa chọn này trong kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="151" />
        <source>Optimize %1</source>
        <translation>Tối ưu hóa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="171" />
        <source>&lt;b&gt;Quantized.&lt;/b&gt; Optimization level %1, compression level %2, calibration over %n item(s).</source>
        <translation><numerusform>&lt;b&gt;Đã lượng tử hóa.&lt;/b&gt; Mức tối ưu hóa %1, mức nén %2, hiệu chuẩn trên %n mẫu.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="175" />
        <source>Equalization balanced %n layer pair(s).</source>
        <translation><numerusform>Cân bằng đã xử lý %n cặp lớp.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="176" />
        <source>Bias correction adjusted %n layer(s).</source>
        <translation><numerusform>Hiệu chỉnh bias đã điều chỉnh %n lớp.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="177" />
        <source>AdaRound trained %n layer(s).</source>
        <translation><numerusform>AdaRound đã huấn luyện %n lớp.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="179" />
        <source>Fine-tuning trained %n layer(s); on held-out items the distillation loss went from %1 to %2.</source>
        <translation><numerusform>Tinh chỉnh đã huấn luyện %n lớp; trên các mẫu giữ lại, hàm mất mát chưng cất đi từ %1 xuống %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="181" />
        <source>Fine-tuning trained %n layer(s) but did worse on held-out items (%1 → %2); the model before it is kept.</source>
        <translation><numerusform>Tinh chỉnh đã huấn luyện %n lớp nhưng kém hơn trên các mẫu giữ lại (%1 → %2); giữ mô hình trước khi tinh chỉnh.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="186" />
        <source>Fine-tuning skipped: %1</source>
        <translation>Bỏ qua tinh chỉnh: %1</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="188" />
        <source>Mixed precision: the 8-bit model reaches %1 dB worst output SNR (target %2 dB); no layer needs 16 bits.</source>
        <translation>Độ chính xác hỗn hợp: mô hình 8 bit đạt SNR đầu ra kém nhất %1 dB (mục tiêu %2 dB); không lớp nào cần 16 bit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="192" />
        <source>Mixed precision: %n layer(s) raised to 16 bits, the most sensitive when quantized alone; worst output SNR %1 → %2 dB (target %3 dB).</source>
        <translation><numerusform>Độ chính xác hỗn hợp: %n lớp được nâng lên 16 bit, những lớp nhạy nhất khi lượng tử hóa riêng; SNR đầu ra kém nhất %1 → %2 dB (mục tiêu %3 dB).</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="200" />
        <source>Time per stage: %1.</source>
        <translation>Thời gian từng bước: %1.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="201" />
        <location filename="../ui/optimize_wizard.cpp" line="495" />
        <source>Warning:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="202" />
        <source>Finish shows the quantized model; the noise analysis and compile stages start from it.</source>
        <translation>Hoàn tất sẽ hiển thị mô hình đã lượng tử hóa; các bước phân tích nhiễu và biên dịch bắt đầu từ đó.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="206" />
        <source>Optimization failed:</source>
        <translation>Tối ưu hóa thất bại:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="209" />
        <source>Cancelled: the model is as it was before.</source>
        <translation>Đã hủy: mô hình giữ nguyên như trước.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="217" />
        <source>Calibration data</source>
        <translation>Dữ liệu hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="218" />
        <source>The quantizer measures every layer's range on these inputs. Use data like what the model will see: a few hundred images, in the layout and range the model was trained on.</source>
        <translation>Bộ lượng tử hóa đo khoảng giá trị của từng lớp trên các đầu vào này. Hãy dùng dữ liệu giống với những gì mô hình sẽ gặp: vài trăm ảnh, đúng bố cục và khoảng giá trị mà mô hình được huấn luyện.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="221" />
        <source>Random data (uniform in [0, 1)): checks the flow, not accuracy</source>
        <translation>Dữ liệu ngẫu nhiên (phân bố đều trong [0, 1)): chỉ để kiểm tra quy trình, không đánh giá độ chính xác</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="222" />
        <source>Images or .npy files from a folder, or one .npy/.npz file:</source>
        <translation>Ảnh hoặc tệp .npy trong một thư mục, hoặc một tệp .npy/.npz:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="228" />
        <source>A folder of .jpg/.png/.npy files, or a .npy/.npz file</source>
        <translation>Một thư mục chứa tệp .jpg/.png/.npy, hoặc một tệp .npy/.npz</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="229" />
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="230" />
        <source>File…</source>
        <translation>Tệp…</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="232" />
        <source>Calibration folder</source>
        <translation>Thư mục hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="236" />
        <source>Calibration file</source>
        <translation>Tệp hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="236" />
        <source>Arrays (*.npy *.npz)</source>
        <translation>Mảng (*.npy *.npz)</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="242" />
        <source>the script's (64 unless it says)</source>
        <translation>theo kịch bản (64 nếu không ghi)</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="250" />
        <location filename="../ui/optimize_wizard.cpp" line="467" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="257" />
        <source>Items used at most:</source>
        <translation>Số mẫu dùng tối đa:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="284" />
        <source>Optimization and compression</source>
        <translation>Tối ưu hóa và nén</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="285" />
        <source>Higher optimization levels keep more accuracy and take longer. Compression puts weights in 4 bits to fit bigger models on the device, at some accuracy.</source>
        <translation>Mức tối ưu hóa cao hơn giữ độ chính xác tốt hơn và chạy lâu hơn. Nén đưa trọng số về 4 bit để mô hình lớn hơn vừa với thiết bị, đổi lại giảm phần nào độ chính xác.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="298" />
        <source>Optimization level:</source>
        <translation>Mức tối ưu hóa:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="300" />
        <source>Compression level:</source>
        <translation>Mức nén:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="319" />
        <source>Model script</source>
        <translation>Kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="320" />
        <source>What will run, as you would write it for dfc optimize. Edit freely: per-layer precision, clipping, normalization. The document keeps it, and Undo takes edits back.</source>
        <translation>Những gì sẽ chạy, đúng như bạn viết cho dfc optimize. Cứ sửa tùy ý: độ chính xác từng lớp, cắt ngưỡng, chuẩn hóa. Tài liệu giữ kịch bản này, và Hoàn tác sẽ lấy lại các chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="339" />
        <source>Optimizing</source>
        <translation>Đang tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="345" />
        <source>Keep the 16-bit layers chosen by the search</source>
        <translation>Giữ các lớp 16 bit do việc tìm kiếm chọn</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="349" />
        <source>Kept: the model script sets these %n layer(s) to 16 bits, so the search no longer runs on it.</source>
        <translation><numerusform>Đã giữ: kịch bản mô hình đặt %n lớp này ở 16 bit, nên việc tìm kiếm không còn chạy trên nó nữa.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="397" />
        <source>equalization (balances channel ranges between layers)</source>
        <translation>cân bằng (cân đối khoảng giá trị kênh giữa các lớp)</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="398" />
        <source>iterative bias correction (removes the mean error each layer adds)</source>
        <translation>hiệu chỉnh bias lặp (loại bỏ sai số trung bình mà mỗi lớp thêm vào)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="399" />
        <source>AdaRound on every layer over %n item(s) (learns how to round each weight)</source>
        <translation><numerusform>AdaRound trên mọi lớp với %n mẫu (học cách làm tròn từng trọng số)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="400" />
        <source>Nothing: plain rounding.</source>
        <translation>Không gì cả: chỉ làm tròn thông thường.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="400" />
        <source>Runs %1.</source>
        <translation>Chạy %1.</translation>
    </message>
    <message>
        <source>The vendor's fine-tuning at this level is not run by this version.</source>
        <translation type="vanished">Bước tinh chỉnh của nhà cung cấp ở mức này chưa được phiên bản này chạy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="404" />
        <source>Suits a calibration set of at least %n item(s).</source>
        <translation><numerusform>Phù hợp với tập hiệu chuẩn có ít nhất %n mẫu.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="412" />
        <source>Preview the calibration data to see the expected time.</source>
        <translation>Xem trước dữ liệu hiệu chuẩn để biết thời gian dự kiến.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="413" />
        <source>Expected time on this machine with %n item(s): %1.</source>
        <translation><numerusform>Thời gian dự kiến trên máy này với %n mục: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="422" />
        <source>%1 % of the weight memory in 4 bits (the largest layers first; never the first or last layer).</source>
        <translation>%1 % bộ nhớ trọng số ở 4 bit (ưu tiên các lớp lớn nhất; không bao giờ là lớp đầu hay lớp cuối).</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="424" />
        <source>All weights in 8 bits.</source>
        <translation>Mọi trọng số ở 8 bit.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="438" />
        <source>Accepted, not applied by this version: %1</source>
        <translation>Được chấp nhận, chưa áp dụng trong phiên bản này: %1</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="443" />
        <source>The script checks out against this model.</source>
        <translation>Kịch bản hợp lệ với mô hình này.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="457" />
        <source>Reading the calibration data…</source>
        <translation>Đang đọc dữ liệu hiệu chuẩn…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="487" />
        <source>%n item(s) read from %1.</source>
        <translation><numerusform>Đã đọc %n mẫu từ %1.</numerusform></translation>
    </message>
    <message>
        <source>Input %1: %2, values in [%3, %4] as the model receives them (the script's normalization applies on top).</source>
        <translation type="vanished">Đầu vào %1: %2, giá trị trong [%3, %4] như mô hình nhận được (phép chuẩn hóa của kịch bản áp dụng thêm).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="125" />
        <source>%n value(s) of input %1 are NaN.</source>
        <translation><numerusform>%n giá trị của đầu vào %1 là NaN.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="140" />
        <source>about %n s</source>
        <translation><numerusform>khoảng %n giây</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="141" />
        <source>about %n min</source>
        <translation><numerusform>khoảng %n phút</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="142" />
        <source>about %1 h</source>
        <translation>khoảng %1 giờ</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="402" />
        <source>Then fine-tunes the quantized model against the float one for 4 epochs over up to 1024 items, and keeps the result only when it does better on held-out items.</source>
        <translation>Sau đó tinh chỉnh mô hình lượng tử hóa theo mô hình số thực trong 4 epoch trên tối đa 1024 mẫu, và chỉ giữ kết quả khi nó tốt hơn trên các mẫu giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="470" />
        <location filename="../ui/optimize_wizard.cpp" line="482" />
        <source>Cannot read the calibration data:</source>
        <translation>Không đọc được dữ liệu hiệu chuẩn:</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="489" />
        <source>Input %1: %2, values in [%3, %4] as read.</source>
        <translation>Đầu vào %1: %2, giá trị trong [%3, %4] khi đọc.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="490" />
        <source>After the script's normalization: [%1, %2].</source>
        <translation>Sau chuẩn hóa của script: [%1, %2].</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="491" />
        <source>The script does not normalize this input.</source>
        <translation>Script không chuẩn hóa đầu vào này.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="494" />
        <source>A float pass takes %1 ms per item on this machine.</source>
        <translation>Một lượt chạy số thực mất %1 ms cho mỗi mục trên máy này.</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="546" />
        <source>Optimizing with %1…</source>
        <translation>Đang tối ưu hóa với %1…</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="546" />
        <source>random data</source>
        <translation>dữ liệu ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="547" />
        <source>Edit the model script</source>
        <translation>Sửa kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="550" />
        <source>The model cannot be optimized now: parse it first, and wait for running jobs.</source>
        <translation>Chưa thể tối ưu hóa mô hình lúc này: hãy phân tích trước và chờ các tác vụ đang chạy.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ParseReviewWidget</name>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="143" />
        <source>%n node(s) in the scope are not supported: see Issues.</source>
        <translation><numerusform>%n nút trong phạm vi không được hỗ trợ: xem mục Sự cố.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="146" />
        <source>Parsing was cancelled; the previous result is kept.</source>
        <translation>Đã hủy phân tích; kết quả trước được giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="169" />
        <source>Laying out %n node(s)…</source>
        <translation><numerusform>Đang sắp xếp %n nút…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="173" />
        <source>Laid out %n node(s) in %1 s</source>
        <translation><numerusform>Đã sắp xếp %n nút trong %1 giây</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="230" />
        <source>Input shape</source>
        <translation>Kích thước đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="231" />
        <source>Shape of input %1 (comma-separated, batch first):</source>
        <translation>Kích thước của đầu vào %1 (cách nhau bằng dấu phẩy, lô đứng đầu):</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="238" />
        <source>'%1' is not a valid shape</source>
        <translation>'%1' không phải kích thước hợp lệ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="247" />
        <source>This model has no symbolic input dimensions.</source>
        <translation>Mô hình này không có chiều đầu vào biến.</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="250" />
        <source>Set input shapes</source>
        <translation>Đặt kích thước đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="274" />
        <source>Re-parse</source>
        <translation>Phân tích lại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="275" />
        <source>Parse again with the chosen start and end nodes (F5)</source>
        <translation>Phân tích lại với các nút đầu và cuối đã chọn (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Hủy</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="276" />
        <source>◀ Start/end</source>
        <translation>◀ Đầu/cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="277" />
        <source>Previous start/end node</source>
        <translation>Nút đầu/cuối trước đó</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="278" />
        <source>Start/end ▶</source>
        <translation>Đầu/cuối ▶</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="279" />
        <source>Next start/end node</source>
        <translation>Nút đầu/cuối tiếp theo</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="280" />
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="281" />
        <source>Input shapes…</source>
        <translation>Kích thước đầu vào…</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="282" />
        <source>Give fixed shapes to inputs with symbolic dimensions</source>
        <translation>Đặt kích thước cố định cho các đầu vào có chiều biến</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="283" />
        <source>Find a node by name, operator or shape (e.g. 1,3,224,224)</source>
        <translation>Tìm nút theo tên, toán tử hoặc kích thước (vd. 1,3,224,224)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="266" />
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mô hình gốc&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="268" />
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đồ thị bộ tăng tốc đã phân tích&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="291" />
        <source>supported</source>
        <translation>được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="292" />
        <source>unsupported</source>
        <translation>không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="293" />
        <source>outside the parsing scope</source>
        <translation>ngoài phạm vi phân tích</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="294" />
        <source>unsupported, outside (the host runs it)</source>
        <translation>không hỗ trợ, ngoài phạm vi (máy chủ chạy)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="295" />
        <source>folded constant</source>
        <translation>hằng số đã gộp</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="296" />
        <source>start node</source>
        <translation>nút đầu</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="297" />
        <source>end node</source>
        <translation>nút cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="298" />
        <source>awaiting re-parse</source>
        <translation>đang chờ phân tích lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="267" />
        <source>&lt;b&gt;Original model&lt;/b&gt; — %n node(s)</source>
        <translation><numerusform>&lt;b&gt;Mô hình gốc&lt;/b&gt; — %n nút</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="269" />
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt; — %n layer(s)</source>
        <translation><numerusform>&lt;b&gt;Đồ thị bộ tăng tốc đã phân tích&lt;/b&gt; — %n lớp</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="301" />
        <source>input/output</source>
        <translation>vào/ra</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="301" />
        <source>conv/dense</source>
        <translation>tích chập/kết nối đầy đủ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="302" />
        <source>activation</source>
        <translation>hàm kích hoạt</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="302" />
        <source>normalization</source>
        <translation>chuẩn hóa</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="303" />
        <source>pooling</source>
        <translation>gộp (pooling)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="303" />
        <source>element-wise</source>
        <translation>theo phần tử</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="304" />
        <source>shape</source>
        <translation>hình dạng</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="304" />
        <source>resize</source>
        <translation>đổi kích thước</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="305" />
        <source>reduction, softmax</source>
        <translation>rút gọn, softmax</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="308" />
        <source>Colour layers by:</source>
        <translation>Tô màu lớp theo:</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="317" />
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="339" />
        <source>Layers:</source>
        <translation>Lớp:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="379" />
        <source>Nothing was parsed: %n node(s) inside the scope have no conversion. Issues lists them and what to do; right-click a node in the original model to move the start or end node.</source>
        <translation><numerusform>Chưa phân tích được gì: %n nút trong phạm vi không có cách chuyển đổi. Bảng Vấn đề liệt kê chúng và cách xử lý; nhấp chuột phải vào một nút của mô hình gốc để dời nút bắt đầu hoặc kết thúc.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="381" />
        <source>Nothing was parsed: the scope holds no node that runs on the accelerator.</source>
        <translation>Chưa phân tích được gì: phạm vi không có nút nào chạy trên bộ tăng tốc.</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="438" />
        <source>Scope: %1 nodes, %2 supported</source>
        <translation>Phạm vi: %1 nút, %2 được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="439" />
        <source> — awaiting re-parse</source>
        <translation> — đang chờ phân tích lại</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="496" />
        <source>Found %1 node(s) and %2 layer(s)</source>
        <translation>Tìm thấy %1 nút và %2 lớp</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="513" />
        <source>Start at %1</source>
        <translation>Bắt đầu tại %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="518" />
        <source>Add start node %1</source>
        <translation>Thêm nút bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="521" />
        <source>Cut at %1</source>
        <translation>Cắt tại %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="526" />
        <source>Add output %1</source>
        <translation>Thêm đầu ra %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="534" />
        <source>Start here (the only start node)</source>
        <translation>Bắt đầu tại đây (nút bắt đầu duy nhất)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="535" />
        <source>Add as an extra start node</source>
        <translation>Thêm làm nút bắt đầu phụ</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="537" />
        <source>Cut here (the only end node)</source>
        <translation>Cắt tại đây (nút kết thúc duy nhất)</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="538" />
        <source>Add as an extra output</source>
        <translation>Thêm làm đầu ra phụ</translation>
    </message>
    <message>
        <source>Set as start node</source>
        <translation type="vanished">Đặt làm nút đầu</translation>
    </message>
    <message>
        <source>Set start node %1</source>
        <translation type="vanished">Đặt nút đầu %1</translation>
    </message>
    <message>
        <source>Set as end node</source>
        <translation type="vanished">Đặt làm nút cuối</translation>
    </message>
    <message>
        <source>Set end node %1</source>
        <translation type="vanished">Đặt nút cuối %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="540" />
        <source>Clear start/end</source>
        <translation>Bỏ nút đầu/cuối</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="544" />
        <source>Clear start/end of %1</source>
        <translation>Bỏ nút đầu/cuối %1</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="548" />
        <source>Show matching layer</source>
        <translation>Hiện lớp tương ứng</translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="560" />
        <source>Show matching original nodes</source>
        <translation>Hiện các nút gốc tương ứng</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="vanished">Toán tử</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="vanished">Các đầu vào</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="vanished">Các đầu ra</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="vanished">Thuộc tính</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="vanished">Không được hỗ trợ</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="vanished">Các lớp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Loại</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Đầu vào</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Đầu ra</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="vanished">Tham số</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation type="vanished">Số phép MAC</translation>
    </message>
    <message>
        <source>Original nodes</source>
        <translation type="vanished">Các nút gốc</translation>
    </message>
    <message>
        <location filename="../ui/graph/source_scene.cpp" line="24" />
        <source>Subgraph %1: right-click to open</source>
        <translation>Đồ thị con %1: nhấp chuột phải để mở</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ProfileLayerTable</name>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="37" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="80" />
        <source>Right-click to choose the columns</source>
        <translation>Nhấp chuột phải để chọn cột</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="84" />
        <source>Filter layers (name, type, …)</source>
        <translation>Lọc lớp (tên, loại, …)</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="87" />
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="89" />
        <source>Columns…</source>
        <translation>Cột…</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="197" />
        <location filename="../ui/profile_layer_table.cpp" line="203" />
        <source>Export layers as CSV</source>
        <translation>Xuất các lớp ra CSV</translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="198" />
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ProfileReportView</name>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="96" />
        <source>Export HTML…</source>
        <translation>Xuất HTML…</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="97" />
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="98" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="276" />
        <source>%1 on %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="278" />
        <source>State %1.</source>
        <translation>Trạng thái %1.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="279" />
        <source>Not compiled for this target: compiled for this report with the script's commands.</source>
        <translation>Chưa biên dịch cho thiết bị đích này: đã biên dịch cho báo cáo này bằng các lệnh của kịch bản.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="280" />
        <source>Estimates from the documented hardware model; the HTML export lists where each of its numbers comes from.</source>
        <translation>Ước tính từ mô hình phần cứng có tài liệu; bản xuất HTML ghi nguồn gốc của từng con số.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="285" />
        <source>Limited by %1.</source>
        <translation>Bị giới hạn bởi %1.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="287" />
        <source>Fed at %1 FPS it is busy %2 of the time and draws %3 W.</source>
        <translation>Khi được cấp %1 FPS, nó bận %2 thời gian và tiêu thụ %3 W.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="298" />
        <source>equalization</source>
        <translation>cân bằng</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="299" />
        <source>bias correction</source>
        <translation>hiệu chỉnh độ lệch</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="300" />
        <source>AdaRound</source>
        <translation>AdaRound</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="301" />
        <source>Algorithms: %1.</source>
        <translation>Thuật toán: %1.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="301" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="304" />
        <source>%1: %2 layer(s)</source>
        <translation>%1: %2 lớp</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="305" />
        <source>Precision: %1.</source>
        <translation>Độ chính xác: %1.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="310" />
        <source>SNR against the float model: %1.</source>
        <translation>SNR so với mô hình số thực: %1.</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="313" />
        <source>The model is not quantized: the numbers assume the precisions its script will give it.</source>
        <translation>Mô hình chưa được lượng tử hóa: các con số giả định độ chính xác mà kịch bản sẽ gán.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_report_view.cpp" line="316" />
        <source>%n context(s).</source>
        <translation><numerusform>%n ngữ cảnh.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="336" />
        <source>%1: %2 FPS</source>
        <translation>%1: %2 FPS</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>context</source>
        <translation>ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <location filename="../ui/profile_report_view.cpp" line="426" />
        <source>layers</source>
        <translation>lớp</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>bottleneck</source>
        <translation>điểm nghẽn</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>LCUs</source>
        <translation>LCU</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>subclusters</source>
        <translation>cụm con</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345" />
        <source>why</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>APUs</source>
        <translation>APU</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>aligners</source>
        <translation>bộ căn chỉnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>weights (kB)</source>
        <translation>trọng số (kB)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>in (kB/frame)</source>
        <translation>vào (kB/khung)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346" />
        <source>out (kB/frame)</source>
        <translation>ra (kB/khung)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="396" />
        <source>HTML reports (*.html)</source>
        <translation>Báo cáo HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="397" />
        <source>JSON reports (*.json)</source>
        <translation>Báo cáo JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="398" />
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="399" />
        <location filename="../ui/profile_report_view.cpp" line="404" />
        <source>Export the profiler report</source>
        <translation>Xuất báo cáo hiệu năng</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="416" />
        <source>Model overview</source>
        <translation>Tổng quan mô hình</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="417" />
        <source>Optimization details</source>
        <translation>Chi tiết tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="418" />
        <source>Compilation &amp;&amp; runtime</source>
        <translation>Biên dịch &amp;&amp; thời gian chạy</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="419" />
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="421" />
        <source>FPS, batch 1</source>
        <translation>FPS, lô 1</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="422" />
        <source>FPS, batch 8</source>
        <translation>FPS, lô 8</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="423" />
        <source>latency (ms)</source>
        <translation>độ trễ (ms)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="424" />
        <source>power, NN core (W)</source>
        <translation>công suất, lõi NN (W)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="425" />
        <source>contexts</source>
        <translation>ngữ cảnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="427" />
        <source>parameters</source>
        <translation>tham số</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="428" />
        <source>MACs per frame</source>
        <translation>MAC mỗi khung hình</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="429" />
        <source>operations per frame</source>
        <translation>phép tính mỗi khung hình</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="430" />
        <source>input (Mbit/s, batch 8)</source>
        <translation>đầu vào (Mbit/s, lô 8)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="431" />
        <source>output (Mbit/s, batch 8)</source>
        <translation>đầu ra (Mbit/s, lô 8)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="432" />
        <source>host link in all (Mbit/s)</source>
        <translation>tổng qua liên kết máy chủ (Mbit/s)</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="433" />
        <source>host link</source>
        <translation>liên kết máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="434" />
        <source>peak TOPS</source>
        <translation>TOPS đỉnh</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="435" />
        <source>optimization level</source>
        <translation>mức tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="436" />
        <source>compression level</source>
        <translation>mức nén</translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="437" />
        <source>share of 4-bit weights</source>
        <translation>tỷ lệ trọng số 4 bit</translation>
    </message>
</context>
<context>
    <name>dfc::ui::PropertiesDock</name>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="51" />
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="61" />
        <source>Select a node or a layer to see its properties.</source>
        <translation>Chọn một nút hoặc một lớp để xem thuộc tính.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/properties_dock.cpp" line="67" />
        <source>%n selected</source>
        <translation><numerusform>Đã chọn %n</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="79" />
        <source>Operator</source>
        <translation>Toán tử</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="87" />
        <source>Inputs</source>
        <translation>Các đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="88" />
        <source>Outputs</source>
        <translation>Các đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="89" />
        <location filename="../ui/docks/properties_dock.cpp" line="112" />
        <source>Attributes</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="91" />
        <source>Subgraph %1</source>
        <translation>Đồ thị con %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/properties_dock.cpp" line="92" />
        <source>%n node(s); right-click the node to open it</source>
        <translation><numerusform>%n nút; nhấp chuột phải vào nút để mở</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="94" />
        <source>Not supported</source>
        <translation>Không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="98" />
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="106" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="107" />
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="108" />
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="109" />
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="110" />
        <source>MACs</source>
        <translation>Số phép MAC</translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="115" />
        <source>Original nodes</source>
        <translation>Các nút gốc</translation>
    </message>
    <message>
        <source>Input stream</source>
        <translation type="vanished">Luồng đầu vào</translation>
    </message>
    <message>
        <source>Output stream</source>
        <translation type="vanished">Luồng đầu ra</translation>
    </message>
    <message>
        <source>transposed on the device</source>
        <translation type="vanished">chuyển vị trên thiết bị</translation>
    </message>
    <message>
        <source>Quantization: zero point %1, scale %2, range [%3, %4]</source>
        <translation type="vanished">Lượng tử hóa: điểm không %1, hệ số tỉ lệ %2, khoảng [%3, %4]</translation>
    </message>
    <message>
        <source>Context %1</source>
        <translation type="vanished">Ngữ cảnh %1</translation>
    </message>
    <message>
        <source>Compiled binary (.hef)</source>
        <translation type="vanished">Tệp nhị phân đã biên dịch (.hef)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="vanished">Thiết bị đích: %1</translation>
    </message>
    <message numerus="yes">
        <source>Network group: %1, %n context(s)</source>
        <translation type="vanished">
            <numerusform>Nhóm mạng: %1, %n ngữ cảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated: %1 FPS, latency %2 ms (batch 1)</source>
        <translation type="vanished">Ước tính: %1 FPS, độ trễ %2 ms (lô 1)</translation>
    </message>
    <message>
        <source>Container V%1, %2 MB</source>
        <translation type="vanished">Định dạng chứa V%1, %2 MB</translation>
    </message>
</context>
<context>
    <name>dfc::ui::RunHistoryDock</name>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="97" />
        <source>Optimization runs</source>
        <translation>Các lần tối ưu hóa</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>Levels</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>Calibration</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>16-bit layers</source>
        <translation>Lớp 16 bit</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>Output SNR (dB)</source>
        <translation>SNR đầu ra (dB)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98" />
        <source>Time (s)</source>
        <translation>Thời gian (s)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99" />
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99" />
        <source>Before (dB)</source>
        <translation>Trước (dB)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99" />
        <source>After (dB)</source>
        <translation>Sau (dB)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99" />
        <source>Change (dB)</source>
        <translation>Thay đổi (dB)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="100" />
        <source>Restore this run's script</source>
        <translation>Khôi phục kịch bản của lần chạy này</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="101" />
        <source>Puts the selected run's model script back (undoable); Re-optimize then reproduces the run</source>
        <translation>Đặt lại kịch bản mô hình của lần chạy đã chọn (có thể hoàn tác); Tối ưu hóa lại sẽ tái tạo lần chạy đó</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="114" />
        <source>opt %1, comp %2</source>
        <translation>tối ưu %1, nén %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/run_history_dock.cpp" line="115" />
        <source>%n item(s), %1</source>
        <translation><numerusform>%n mục, %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="142" />
        <source>Each optimization run is kept here; two runs are compared layer by layer.</source>
        <translation>Mỗi lần tối ưu hóa được giữ ở đây; hai lần chạy được so sánh từng lớp.</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="143" />
        <source>Select two runs to compare them.</source>
        <translation>Chọn hai lần chạy để so sánh.</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="151" />
        <location filename="../ui/docks/run_history_dock.cpp" line="152" />
        <source>run %1</source>
        <translation>lần %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="177" />
        <source>layer (graph order)</source>
        <translation>lớp (theo thứ tự đồ thị)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="180" />
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="181" />
        <source>SNR on the layer, all quantized</source>
        <translation>SNR trên lớp, khi lượng tử hóa toàn bộ</translation>
    </message>
    <message>
        <source>SNR on the layer (dB)</source>
        <translation type="vanished">SNR tại lớp (dB)</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="192" />
        <source>Run %1 → run %2: output SNR %3 → %4 dB.</source>
        <translation>Lần %1 → lần %2: SNR đầu ra %3 → %4 dB.</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="193" />
        <source>The calibration data differ.</source>
        <translation>Dữ liệu hiệu chuẩn khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="194" />
        <source>The scripts differ.</source>
        <translation>Các kịch bản khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="202" />
        <source>Restore the script of run %1</source>
        <translation>Khôi phục kịch bản của lần %1</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ScriptEditorDock</name>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="44" />
        <source>Algorithms: %1</source>
        <translation>Thuật toán: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="46" />
        <source>Arguments: %1</source>
        <translation>Tham số: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="47" />
        <source>Accepted, not applied by this version.</source>
        <translation>Được chấp nhận, chưa áp dụng trong phiên bản này.</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="87" />
        <source>Layer %1: %2, output %3</source>
        <translation>Lớp %1: %2, đầu ra %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="156" />
        <source>Edit the model script</source>
        <translation>Sửa kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="186" />
        <source>The script checks out against this model.</source>
        <translation>Kịch bản hợp lệ với mô hình này.</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="187" />
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 lỗi, %2 cảnh báo, %3 ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="192" />
        <source>Model script</source>
        <translation>Kịch bản mô hình</translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="193" />
        <source>Model script (.alls): e.g. quantization_param(conv1, precision_mode=a16_w16). Ctrl+Space completes; hover a command for help.</source>
        <translation>Kịch bản mô hình (.alls): ví dụ quantization_param(conv1, precision_mode=a16_w16). Ctrl+Space để gợi ý; rê chuột lên lệnh để xem trợ giúp.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="20" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22" />
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22" />
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="69" />
        <source>%1 is used by both “%2” and “%3”.</source>
        <translation>%1 đang được dùng cho cả “%2” và “%3”.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::SnrChartDock</name>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="72" />
        <source>Noise: SNR per layer</source>
        <translation>Nhiễu: SNR từng lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="83" />
        <source>Optimize the model to measure its noise (Optimize → Optimize…).</source>
        <translation>Hãy tối ưu hóa mô hình để đo nhiễu (Tối ưu hóa → Tối ưu hóa…).</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="90" />
        <source>worst output</source>
        <translation>đầu ra tệ nhất</translation>
    </message>
    <message>
        <source>≥ %1 dB</source>
        <translation type="vanished">≥ %1 dB</translation>
    </message>
    <message>
        <source>&lt; %1 dB</source>
        <translation type="vanished">&lt; %1 dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="114" />
        <source>%1 dB or more</source>
        <translation>từ %1 dB trở lên</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="115" />
        <source>under %1 dB</source>
        <translation>dưới %1 dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="119" />
        <source>on the layer, all quantized</source>
        <translation>tại lớp, tất cả đã lượng tử hóa</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="142" />
        <source>%1: %2 dB — right-click for fixes</source>
        <translation>%1: %2 dB — nhấp chuột phải để sửa</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="145" />
        <source>output SNR, only this layer quantized</source>
        <translation>SNR đầu ra, chỉ lượng tử hóa lớp này</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="145" />
        <source>SNR on the layer</source>
        <translation>SNR tại lớp</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="155" />
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="173" />
        <source>All layers quantized: %1.</source>
        <translation>Mọi lớp đã lượng tử hóa: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/snr_chart_dock.cpp" line="174" />
        <source>%n layer(s) alone take an output under %1 dB.</source>
        <translation><numerusform>%n lớp, một mình, đưa một đầu ra xuống dưới %1 dB.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="175" />
        <source>Optimize → Analyze noise measures each layer alone.</source>
        <translation>Tối ưu hóa → Phân tích nhiễu đo riêng từng lớp.</translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="176" />
        <source>The worst %1 of %2 layers are drawn.</source>
        <translation>Vẽ %1 lớp tệ nhất trong %2 lớp.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::StageBar</name>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124" />
        <source>Parsed</source>
        <translation>Đã phân tích</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124" />
        <source>Optimized</source>
        <translation>Đã tối ưu</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124" />
        <source>Compiled</source>
        <translation>Đã biên dịch</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124" />
        <source>Profiled</source>
        <translation>Đã đo hiệu năng</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="125" />
        <source>The parse review: the original model beside the parsed graph</source>
        <translation>Xem lại kết quả phân tích: mô hình gốc bên cạnh đồ thị đã phân tích</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="126" />
        <source>The quantized model: bits and algorithms per layer (dfc optimize)</source>
        <translation>Mô hình đã lượng tử hóa: số bit và thuật toán của từng lớp (dfc optimize)</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="127" />
        <source>The compiled model: its contexts, what fills them, and why there are that many (Compile → Compile and profile)</source>
        <translation>Mô hình đã biên dịch: các ngữ cảnh, những gì lấp đầy chúng, và vì sao có ngần ấy ngữ cảnh (Biên dịch → Biên dịch và đo hiệu năng)</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="128" />
        <source>The profiler report: FPS, latency, power, bandwidth, per-layer numbers</source>
        <translation>Báo cáo hiệu năng: FPS, độ trễ, công suất, băng thông, số liệu theo lớp</translation>
    </message>
    <message>
        <source>The compiled model (not available in this version)</source>
        <translation type="vanished">Mô hình đã biên dịch (chưa có trong phiên bản này)</translation>
    </message>
    <message>
        <source>The profiler report (not available in this version)</source>
        <translation type="vanished">Báo cáo hiệu năng (chưa có trong phiên bản này)</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="133" />
        <source>&amp;Target:</source>
        <translation>&amp;Thiết bị đích:</translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="134" />
        <source>The accelerator the model is optimized, compiled and profiled for (recorded in the HAR)</source>
        <translation>Bộ tăng tốc mà mô hình được tối ưu hóa, biên dịch và đo hiệu năng cho (ghi trong HAR)</translation>
    </message>
</context>
<context>
    <name>dfc::ui::SubgraphDialog</name>
    <message>
        <location filename="../ui/subgraph_dialog.cpp" line="20" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subgraph_dialog.cpp" line="22" />
        <source>Subgraph &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;: %n node(s), shown as written. The accelerator has no control flow, so a node holding subgraphs runs on the host.</source>
        <translation><numerusform>Đồ thị con &lt;b&gt;%1&lt;/b&gt; của &lt;b&gt;%2&lt;/b&gt;: %n nút, hiển thị đúng như trong mô hình. Bộ tăng tốc không có luồng điều khiển, nên nút chứa đồ thị con do máy chủ chạy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subgraph_dialog.cpp" line="45" />
        <source>Open subgraph %1 (%n node(s))</source>
        <translation><numerusform>Mở đồ thị con %1 (%n nút)</numerusform></translation>
    </message>
</context>
<context>
    <name>dfc::ui::VerifyDialog</name>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="38" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="42" />
        <source>Expected outputs</source>
        <translation>Đầu ra mong đợi</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="43" />
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="52" />
        <source>Verify</source>
        <translation>Kiểm chứng</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="55" />
        <source>Verify the parse against your framework</source>
        <translation>Kiểm chứng kết quả phân tích với framework của bạn</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="57" />
        <source>Runs the parsed model natively (float, as parsed) and compares each output with the array your framework produced for the same input. Name each expected array after its output (e.g. &lt;tt&gt;output.npy&lt;/tt&gt;) and put them in one folder. An image is fed as RGB 0–255, resized, without normalization: if your framework normalizes, export its input as .npy.</source>
        <translation>Chạy mô hình đã phân tích ở chế độ gốc (số thực, như khi phân tích) và so sánh từng đầu ra với mảng mà framework của bạn tạo ra cho cùng đầu vào. Đặt tên mỗi mảng mong đợi theo đầu ra của nó (vd. &lt;tt&gt;output.npy&lt;/tt&gt;) và để chung một thư mục. Ảnh được đưa vào dưới dạng RGB 0–255, đã đổi kích thước, không chuẩn hóa: nếu framework của bạn có chuẩn hóa, hãy xuất đầu vào thành .npy.</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="65" />
        <source>.npy in the model's layout, or a PNG/JPEG image</source>
        <translation>.npy theo bố cục của mô hình, hoặc ảnh PNG/JPEG</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation type="vanished">Đầu vào %1:</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="67" />
        <source>Arrays and images (*.npy *.png *.jpg *.jpeg)</source>
        <translation>Mảng và ảnh (*.npy *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="67" />
        <source>Input “%1”:</source>
        <translation>Đầu vào “%1”:</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="69" />
        <source>a folder of .npy files, one per output</source>
        <translation>một thư mục các tệp .npy, mỗi đầu ra một tệp</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="70" />
        <source>Expected outputs:</source>
        <translation>Đầu ra mong đợi:</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71" />
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71" />
        <source>Shape</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71" />
        <source>Max |error|</source>
        <translation>|Sai số| lớn nhất</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71" />
        <source>Mean |error|</source>
        <translation>|Sai số| trung bình</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="87" />
        <source>Verification failed: %1</source>
        <translation>Kiểm chứng thất bại: %1</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="88" />
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="90" />
        <source>Running the model… %1 %</source>
        <translation>Đang chạy mô hình… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="117" />
        <source>Parse the model first.</source>
        <translation>Hãy phân tích mô hình trước.</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="125" />
        <source>No expected outputs: choose a folder with one .npy per output.</source>
        <translation>Chưa có đầu ra mong đợi: hãy chọn một thư mục có mỗi đầu ra một tệp .npy.</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="132" />
        <source>Verifying</source>
        <translation>Đang kiểm chứng</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="148" />
        <source>matches</source>
        <translation>khớp</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="148" />
        <source>differs</source>
        <translation>khác</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="161" />
        <source>%1 of %2 outputs match (max error within 0.1 % of the expected values' range).</source>
        <translation>%1 trên %2 đầu ra khớp (sai số lớn nhất trong phạm vi 0,1 % độ lớn của giá trị mong đợi).</translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="166" />
        <source>Not used (no output of the parsed model has that name): %1.</source>
        <translation>Không dùng (không đầu ra nào của mô hình đã phân tích có tên đó): %1.</translation>
    </message>
</context>
<context>
    <name>dfc::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="68" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <source>Open an ONNX model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation type="vanished">Mở một mô hình ONNX (hoặc kéo thả vào đây) để xem nó được ánh xạ lên bộ tăng tốc ra sao: đồ thị gốc và đồ thị đã phân tích đặt cạnh nhau, với các nút đầu và cuối có thể đổi bằng chuột phải.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="69" />
        <source>Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation>Mở một mô hình ONNX hoặc TFLite (hoặc kéo thả vào đây) để xem nó được ánh xạ lên bộ tăng tốc ra sao: đồ thị gốc và đồ thị đã phân tích đặt cạnh nhau, với các nút đầu và cuối có thể đổi bằng chuột phải.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="72" />
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="73" />
        <source>Open project…</source>
        <translation>Mở dự án…</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="74" />
        <source>Open model…</source>
        <translation>Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="75" />
        <source>Open the demo model (MobileNetV2)</source>
        <translation>Mở mô hình mẫu (MobileNetV2)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="76" />
        <source>&lt;b&gt;Recent projects and models&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dự án và mô hình gần đây&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Dự án gần đây&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="22" />
        <source>Dataflow Studio</source>
        <translation>Dataflow Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="25" />
        <source>Open the demo model</source>
        <translation>Mở mô hình mẫu</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="27" />
        <source>Models (.onnx, .tflite, .har) or projects (.dfcproj) to open</source>
        <translation>Mô hình (.onnx, .tflite, .har) hoặc dự án (.dfcproj) cần mở</translation>
    </message>
    <message>
        <source>Models (.onnx, .har) or projects (.dfcproj) to open</source>
        <translation type="vanished">Mô hình (.onnx, .har) hoặc dự án (.dfcproj) cần mở</translation>
    </message>
</context>
</TS>
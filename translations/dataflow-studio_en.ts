<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dfc::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>Dataflow Studio projects (*.dfcproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="137"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>Models (*.onnx *.tflite *.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>HAR archives (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>HAR written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <location filename="../ui/main_window.cpp" line="170"/>
        <source>Export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="166"/>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="170"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206"/>
        <source>The language changes when Dataflow Studio starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <location filename="../ui/main_window.cpp" line="468"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="220"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>Open the &amp;demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230"/>
        <source>Export &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Export graph as SV&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="232"/>
        <source>Export graph as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>&amp;Close model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="234"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>&amp;Re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>Language: system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>%1: %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="321"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="322"/>
        <source>%1 has newer unsaved changes from a session that did not close normally. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339"/>
        <source>The project&apos;s model %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <source>Project saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="491"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="491"/>
        <source>Save the project before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ModelDocument</name>
    <message>
        <location filename="../ui/model_document.cpp" line="48"/>
        <source>Parsing was cancelled; the previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ParseReviewWidget</name>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="124"/>
        <source>%n node(s) in the scope are not supported: see Issues.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="148"/>
        <source>Laying out %n node(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="204"/>
        <source>Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="205"/>
        <source>Shape of input %1 (comma-separated, batch first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="212"/>
        <source>&apos;%1&apos; is not a valid shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="221"/>
        <source>This model has no symbolic input dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="231"/>
        <source>Re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="232"/>
        <source>Parse again with the chosen start and end nodes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="233"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="234"/>
        <source>◀ Start/end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="235"/>
        <source>Previous start/end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="236"/>
        <source>Start/end ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="237"/>
        <source>Next start/end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="238"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="239"/>
        <source>Input shapes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="240"/>
        <source>Give fixed shapes to inputs with symbolic dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="241"/>
        <source>Find a node by name, operator or shape (e.g. 1,3,224,224)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="242"/>
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="243"/>
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="250"/>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="251"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="252"/>
        <source>outside the parsing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="253"/>
        <source>folded constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="254"/>
        <source>start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="255"/>
        <source>end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="256"/>
        <source>awaiting re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="280"/>
        <source>&lt;b&gt;Original model&lt;/b&gt; — %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="304"/>
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt; — %n layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="348"/>
        <source>Scope: %1 nodes, %2 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="349"/>
        <source> — awaiting re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="398"/>
        <source>Found %1 node(s) and %2 layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="420"/>
        <source>Set as start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="421"/>
        <source>Set start node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="423"/>
        <source>Set as end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="424"/>
        <source>Set end node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="426"/>
        <source>Clear start/end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="430"/>
        <source>Clear start/end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="434"/>
        <source>Show matching layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="442"/>
        <source>Show matching original nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="450"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="458"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="459"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="460"/>
        <location filename="../ui/parse_review_widget.cpp" line="476"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="461"/>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="462"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="470"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="471"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="472"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="473"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="474"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="477"/>
        <source>Original nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="65"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="66"/>
        <source>Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="69"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="70"/>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="71"/>
        <source>Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="72"/>
        <source>Open the demo model (MobileNetV2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="73"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="27"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="30"/>
        <source>Open the demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>Models (.onnx, .tflite, .har) or projects (.dfcproj) to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

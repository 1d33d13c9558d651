<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BinaryText</name>
    <message>
        <location filename="../ui/binary_text.cpp" line="11"/>
        <source>Input stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="11"/>
        <source>Output stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="13"/>
        <source>transposed on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="14"/>
        <source>Quantization: zero point %1, scale %2, range [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="15"/>
        <source>Context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="21"/>
        <source>Compiled binary (.hef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="22"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/binary_text.cpp" line="23"/>
        <source>Network group: %1, %n context(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="24"/>
        <source>Estimated: %1 FPS, latency %2 ms (batch 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/binary_text.cpp" line="25"/>
        <source>Container V%1, %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompileFixes</name>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="61"/>
        <source>%1: %2 subclusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="70"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="78"/>
        <source>What if (re-compiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="80"/>
        <source>More subclusters for this layer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="80"/>
        <source>More subclusters for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="85"/>
        <source>It has none, is split into parts, or has a cluster&apos;s worth already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="86"/>
        <source>Its output stream, not its MACs, sets its pace: more subclusters would not make it faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="87"/>
        <source>16-bit here (re-optimizes, then compiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_fixes.cpp" line="90"/>
        <source>Re-compile with the script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerFixes</name>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="39"/>
        <source>16-bit for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="40"/>
        <source>Clip activations at percentiles 0.01–99.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="41"/>
        <source>Clip weights at the 99.9th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="42"/>
        <source>Disable equalization here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="53"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="61"/>
        <source>Change output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="65"/>
        <source>%1: output activation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="70"/>
        <source>Raise the optimization level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="71"/>
        <source>16-bit for the noisiest layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="73"/>
        <source>Re-optimize with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="89"/>
        <source>Optimization level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/layer_fixes.cpp" line="99"/>
        <source>16-bit for %n layer(s) under %1 dB</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="106"/>
        <location filename="../ui/layer_fixes.cpp" line="113"/>
        <source>16-bit for the noisiest layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="107"/>
        <source>Raise to 16 bits each layer whose quantization alone takes an output under (dB; at most a quarter of the layers, worst first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_fixes.cpp" line="113"/>
        <source>No layer alone takes an output under %1 dB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerOverlays</name>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="42"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="50"/>
        <source>SNR on the layer, all layers quantized (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="51"/>
        <source>Output SNR with only this layer quantized (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="63"/>
        <source>FPS of the layer alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="64"/>
        <source>Utilization: the context&apos;s rate over the layer&apos;s (1 = the bottleneck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="66"/>
        <source>Time per frame (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="67"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="68"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/layer_overlay.cpp" line="68"/>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoiseText</name>
    <message>
        <location filename="../ui/noise_text.cpp" line="8"/>
        <source>clipped range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="9"/>
        <source>outliers set the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="10"/>
        <source>channel ranges differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="11"/>
        <source>4-bit weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="12"/>
        <source>weight outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="13"/>
        <source>amplified downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="22"/>
        <source>%1 % of the float values fall outside the chosen range. Try a wider clipping percentile, or 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="25"/>
        <source>99.9 % of the values use only %1 % of the range: rare outliers set the step. Try Clip activations at a percentile, or 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="29"/>
        <source>One channel&apos;s range is %1× the median channel&apos;s, and all channels share one scale. Equalization can even them out; otherwise 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="32"/>
        <source>The weights are 4-bit. Try 8-bit weights (a lower compression level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="34"/>
        <source>Most weights use only %1 % of their channel&apos;s range: a few large weights set the step. Try Clip weights, or 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="38"/>
        <source>Its own values stay close (%1 dB), yet quantized alone it takes an output to %2 dB: later layers (a division, a normalization by a variance, an exponent) magnify its error. Try 16 bits here and on what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/noise_text.cpp" line="48"/>
        <source>No cause measured: the range is used well; 16 bits is what is left to try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParseReasons</name>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="15"/>
        <source>operator %1 has no accelerator conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="16"/>
        <source>its output &apos;%1&apos; cannot be produced on the accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="17"/>
        <source>its output &apos;%1&apos; is a constant: nothing is left to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="18"/>
        <source>malformed: it has fewer inputs, outputs or dimensions than %1 needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="22"/>
        <source>this variant cannot be converted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="29"/>
        <source>Every node of the model is supported: it is parsed whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="30"/>
        <source>No node of the model is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="32"/>
        <source>Start at &apos;%1&apos;: its input comes from &apos;%2&apos; (%3), where %4. That part runs on the host, as pre-processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="36"/>
        <source>End at &apos;%1&apos;: its output feeds &apos;%2&apos; (%3), where %4. That part runs on the host, as post-processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="46"/>
        <source>outside the scope: the host runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="48"/>
        <source>inside the scope: it stops the parse. Right-click the node before it → Cut here, and the host runs this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_reasons.cpp" line="50"/>
        <source>inside the scope: it stops the parse. Right-click the node before it → Cut here (or the node after it → Start here), and the host runs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCharts</name>
    <message>
        <location filename="../ui/profile_charts.cpp" line="56"/>
        <location filename="../ui/profile_charts.cpp" line="243"/>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="64"/>
        <source>LCUs (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="65"/>
        <source>subclusters (compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="66"/>
        <source>APUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="67"/>
        <source>input aligners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="68"/>
        <source>L3 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="77"/>
        <source>compute: %1 M MACs on %n subcluster(s), lanes %2 % used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="81"/>
        <source>output: its APUs write the output (%n part(s)) slower than its MACs run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_charts.cpp" line="82"/>
        <source>data movement: it streams its output through %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="108"/>
        <source>% of the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="117"/>
        <source>compute cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="128"/>
        <source>Utilization per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="146"/>
        <source>layer FPS (red: its context&apos;s bottleneck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="169"/>
        <location filename="../ui/profile_charts.cpp" line="183"/>
        <location filename="../ui/profile_charts.cpp" line="204"/>
        <source>FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="175"/>
        <source>FPS per layer (the slowest layer of a context sets its rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="185"/>
        <source>power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="202"/>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="205"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="213"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="225"/>
        <source>switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="226"/>
        <source>weights over the host link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="227"/>
        <source>inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="228"/>
        <source>drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="229"/>
        <source>host transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="247"/>
        <source>ms for a batch of 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="252"/>
        <source>One batch of 8 through the contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="265"/>
        <source>%1 ms in the device, one enters every %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="285"/>
        <source>The first %1 frames at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="271"/>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="279"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="293"/>
        <source>from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="294"/>
        <source>to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="295"/>
        <source>through DDR portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="296"/>
        <source>weights (per switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="311"/>
        <source>kB per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_charts.cpp" line="316"/>
        <source>Host link traffic per context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::CompileHistoryDock</name>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="98"/>
        <source>Compiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>Host link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="99"/>
        <source>FPS (batch 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="100"/>
        <source>FPS (batch 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="100"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="101"/>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>FPS before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>FPS after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="102"/>
        <source>Subclusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="103"/>
        <source>Restore this compile&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="104"/>
        <source>Puts the selected compile&apos;s script, target and host link back (undoable); Re-compile then reproduces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="118"/>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="145"/>
        <source>Each compile is kept here with its report; two compiles are compared layer by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="146"/>
        <source>Select two compiles to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="157"/>
        <source>FPS, batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="157"/>
        <source>FPS, batch 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="158"/>
        <source>latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="158"/>
        <source>power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="159"/>
        <source>contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="159"/>
        <source>host link (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="179"/>
        <source>Compile %1 (%2) → compile %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="180"/>
        <source>The scripts differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="181"/>
        <source>The host links differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="183"/>
        <source>%1 layer(s) only in the first, %2 only in the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/compile_history_dock.cpp" line="193"/>
        <source>Restore the choices of compile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::CompileWizard</name>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="54"/>
        <source>Compile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="64"/>
        <source>Finish shows the profiler report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="67"/>
        <source>Compilation failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="70"/>
        <source>Cancelled: the model is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="77"/>
        <source>The module&apos;s own link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="78"/>
        <source>Raspberry Pi 5 with an AI Kit or AI HAT+ (PCIe Gen2, 1 lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="79"/>
        <source>Raspberry Pi 5 with PCIe Gen3 switched on (1 lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="80"/>
        <source>PCIe Gen3, 2 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="81"/>
        <source>PCIe Gen3, 4 lanes (an M.2 M-key slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="82"/>
        <source>PCIe Gen4, 4 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="88"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="89"/>
        <source>The accelerator the model runs on, and how it reaches the host. The link limits models whose inputs, outputs or context switches move a lot of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="101"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="103"/>
        <source>Host link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="116"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="117"/>
        <source>How much of each context the compiler may fill, and when it may split the model into contexts (the device switches between them, loading each one&apos;s weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="119"/>
        <source>Performance mode: fill more of each context, FPS first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="123"/>
        <source>Allowed: one context when the model fits, else as few as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="124"/>
        <source>Enabled: split into contexts even when one would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="125"/>
        <source>Disabled: one context, or an error saying what does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="137"/>
        <source>Context switch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="139"/>
        <source>Layer controllers (LCUs) at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="140"/>
        <source>Compute (subclusters, APUs, aligners) at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="141"/>
        <source>Memory (L3 cuts) at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="158"/>
        <source>Compiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="186"/>
        <source>PCIe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="238"/>
        <source>%1: %2 clusters, %3 subclusters, %4 TOPS peak at %5 MHz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="246"/>
        <source>%1 MB/s each way, as the target&apos;s description gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="247"/>
        <source>PCIe %1: %2 MB/s each way after line coding. Only the profiler&apos;s estimates change; the compiled binary is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="252"/>
        <source>The usual choice: contexts only when the model does not fit the caps at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="255"/>
        <source>Gives each context more room (more subclusters per layer) at the cost of a switch per batch; worth it for large batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="259"/>
        <source>For low latency: no switches. A model that does not fit fails with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="267"/>
        <source>The model script needs no compilation line for these choices (the target&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="268"/>
        <source>The model script gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compile_wizard.cpp" line="277"/>
        <source>Compiled for %1: %n context(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="278"/>
        <source>Why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="279"/>
        <source>%1 FPS at batch 1, %2 FPS at batch 8; latency %3 ms; %4 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="284"/>
        <source>Limited by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="286"/>
        <source>Context %1: %2 layers, %3 FPS alone, bottleneck %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="297"/>
        <source>Compiling for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="299"/>
        <source>Compile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compile_wizard.cpp" line="302"/>
        <source>The model cannot be compiled now: optimize it first, and wait for running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ContextUtilizationDock</name>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="42"/>
        <source>Contexts: utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="58"/>
        <source>Compile the model to see what fills each context (Compile → Compile and profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/context_utilization_dock.cpp" line="71"/>
        <source>context %1: %2 FPS, bottleneck %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/context_utilization_dock.cpp" line="76"/>
        <source>%n context(s) on %1 — click a context&apos;s bars to select its layers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dfc::ui::GraphScene</name>
    <message>
        <location filename="../ui/graph/graph_scene.cpp" line="92"/>
        <source>Laying out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::HistoryDock</name>
    <message>
        <location filename="../ui/docks/history_dock.cpp" line="20"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/history_dock.cpp" line="21"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::InferenceDialog</name>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="25"/>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="26"/>
        <source>Full precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="27"/>
        <source>Quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="28"/>
        <source>Compiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="66"/>
        <source>Try an input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="68"/>
        <source>An image (PNG, JPEG), a .npy or a .npz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="69"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="70"/>
        <source>Run in every mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="93"/>
        <source>Choose an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="94"/>
        <source>Inputs (*.png *.jpg *.jpeg *.npy *.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="106"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="137"/>
        <source>range %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="138"/>
        <source>SNR against native: %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inference_dialog.cpp" line="140"/>
        <source>top: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inference_dialog.cpp" line="148"/>
        <source>%1 run in %n mode(s); maps are drawn on the native output&apos;s scale.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dfc::ui::IssuesDock</name>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="70"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="91"/>
        <source>&lt;b&gt;Parsed&lt;/b&gt; %1 of %2 nodes into %n layer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="93"/>
        <source>&lt;b&gt;Not parsed:&lt;/b&gt; %n node(s) inside the scope have no conversion. Move the end node before them or the start node after them (right-click a node), then Re-parse.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="96"/>
        <source>The whole model does not parse, so the suggested scope was applied (as &lt;tt&gt;dfc parser -y&lt;/tt&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="101"/>
        <source>Start: %1 · End: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="102"/>
        <source>the model&apos;s inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/issues_dock.cpp" line="103"/>
        <source>the model&apos;s outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="112"/>
        <source>%n more operator type(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/issues_dock.cpp" line="113"/>
        <source>&lt;b&gt;Outside the scope:&lt;/b&gt; %n node(s), which the host runs around the accelerator: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dfc::ui::JobProgressWidget</name>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="32"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress_widget.cpp" line="42"/>
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="43"/>
        <source>about %1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress_widget.cpp" line="81"/>
        <source>Stop the running operation; what was there before is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::LayerNoiseDock</name>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="129"/>
        <source>Noise: layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="130"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="131"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="132"/>
        <source>Native vs quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="171"/>
        <source>Optimize the model, then select a layer to see its ranges and noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="172"/>
        <source>Select a layer (in the graph, the SNR chart or the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="175"/>
        <source>%1-bit output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="175"/>
        <source>%1-bit weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="182"/>
        <source>SNR on the layer: %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="183"/>
        <source>outputs with only this layer quantized: %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="211"/>
        <source>float values (calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="212"/>
        <source>chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="216"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="216"/>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="256"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="218"/>
        <source>%1 … %2 chosen of %3 … %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="219"/>
        <source>clipped %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="249"/>
        <source>float weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="250"/>
        <source>widest channel&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="252"/>
        <source>median channel&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="256"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="258"/>
        <source>%1 channels, %2-bit; clipped %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="268"/>
        <source>samples (native, quantized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="277"/>
        <source>quantized = native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="284"/>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="284"/>
        <source>quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/layer_noise_dock.cpp" line="285"/>
        <source>%n sample(s), all layers quantized</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/layer_noise_dock.cpp" line="287"/>
        <source>Optimize → Analyze noise samples each layer&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::LogDock</name>
    <message>
        <location filename="../ui/docks/log_dock.cpp" line="14"/>
        <location filename="../ui/docks/log_dock.cpp" line="23"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="206"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="206"/>
        <location filename="../ui/main_window.cpp" line="863"/>
        <source>Dataflow Studio projects (*.dfcproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="209"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>Models (*.onnx *.tflite *.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>Open a profiler report or a compiled binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>Reports and binaries (*.json *.hef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>HAR archives (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>HAR written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>Export compiled binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>Compiled binaries (*.hef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Binary written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>Export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>Parse the model before verifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="292"/>
        <source>Parse the model before optimizing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>Optimize the model first: the noise analysis runs on its calibration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318"/>
        <source>Analyze the noise per layer first: the choice is made from each layer&apos;s measured effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="326"/>
        <source>Parse the model before running an input through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="337"/>
        <source>Optimize the model once with the wizard; Re-optimize then reuses its calibration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="347"/>
        <source>Optimize the model before compiling it: the compiler places the quantized layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="361"/>
        <source>Compile the model once with the wizard; Re-compile then reuses its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="373"/>
        <source>About Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>&lt;h3&gt;Dataflow Studio %1&lt;/h3&gt;&lt;p&gt;Parse, quantize, compile and profile neural networks for dataflow NPUs (hailo8, hailo8l, hailo8r), with no vendor software.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="428"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="430"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="446"/>
        <location filename="../ui/main_window.cpp" line="932"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="449"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="450"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <source>&amp;Parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="452"/>
        <source>&amp;Optimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="453"/>
        <source>&amp;Compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="454"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="455"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="457"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="458"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="459"/>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="460"/>
        <source>Open the &amp;demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461"/>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="462"/>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="463"/>
        <source>Export &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464"/>
        <source>Export compiled &amp;binary (.hef)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="465"/>
        <source>Export graph as SV&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="466"/>
        <source>Export graph as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467"/>
        <source>&amp;Close model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="468"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="469"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="471"/>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="472"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="473"/>
        <source>&amp;Re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="474"/>
        <source>&amp;Input shapes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475"/>
        <source>&amp;Verify against your framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="476"/>
        <source>&amp;Optimize (calibrate and quantize)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="477"/>
        <source>Analyze &amp;noise per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="478"/>
        <source>&amp;Raise the optimization level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="479"/>
        <source>&amp;16-bit for the noisiest layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="480"/>
        <source>R&amp;e-optimize with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="481"/>
        <source>&amp;Try an input in every emulator mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="482"/>
        <source>&amp;Compile and profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="483"/>
        <source>Open profiler &amp;report or binary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="484"/>
        <source>&amp;Re-compile with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="485"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="486"/>
        <source>Language: system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="487"/>
        <source>&amp;About Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="547"/>
        <source>Written by Dataflow Studio: its payload runs on our CPU runtime (dfc infer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="548"/>
        <source>Written by another compiler: its streams are shown; our runtime cannot run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="552"/>
        <source>%1: compiled binary for %2, %n context(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="579"/>
        <source>%1: profiler report of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="606"/>
        <source>%1: quantized (optimization level %2, compression level %3, %n calibration item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="619"/>
        <source>%1: noisiest layer %2 (output SNR %3 dB with only it quantized); right-click it for fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="626"/>
        <source>%1: %2 FPS at batch 1, %3 at batch 8 on %4; limited by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="539"/>
        <location filename="../ui/main_window.cpp" line="562"/>
        <location filename="../ui/main_window.cpp" line="573"/>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="672"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="594"/>
        <source>%1: %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="492"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="700"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>%1 has newer unsaved changes from a session that did not close normally. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="717"/>
        <source>The project&apos;s model %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="728"/>
        <source>The project&apos;s host link %1 is not a PCIe link (genGxL); %2 uses the module&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="733"/>
        <source>The project&apos;s target %1 is not known; %2 uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="808"/>
        <source>Project saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="836"/>
        <source>Save the parsed models?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Also save each parsed model as a HAR beside the project (about %1 MB in all)? The HARs carry the parse, and later the optimization and compilation, for dfc and other tools. The project remembers the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="853"/>
        <source>%1 not saved: the start/end nodes changed since the last parse; re-parse (F5) and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="863"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="943"/>
        <source>%1: %2 FPS at batch 1 on %3, %n context(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="987"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="987"/>
        <source>Save the project before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ModelDocument</name>
    <message>
        <location filename="../ui/model_document.cpp" line="136"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="187"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="187"/>
        <source>Parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="323"/>
        <source>Optimizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="348"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="437"/>
        <source>Analyzing noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="475"/>
        <source>Compiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="519"/>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="534"/>
        <source>Host link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="534"/>
        <source>Host link of the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="551"/>
        <source>Edit the model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_document.cpp" line="622"/>
        <source>Running the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::OptimizationSummaryWidget</name>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81"/>
        <source>Output bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81"/>
        <source>Weight bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83"/>
        <source>Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="81"/>
        <source>SNR alone (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="35"/>
        <location filename="../ui/optimization_summary_widget.cpp" line="36"/>
        <source>Export the layer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="35"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="36"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82"/>
        <source>SNR on layer (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82"/>
        <source>Clipped (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82"/>
        <source>Range use (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="82"/>
        <source>Channel spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83"/>
        <source>Weight range use (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="83"/>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="84"/>
        <source>Filter layers by name, type, cause or algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="85"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="87"/>
        <source>This model is not optimized yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="93"/>
        <source>Full-precision model (state fp_optimized): the model script&apos;s modifications are applied; it is not quantized yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimization_summary_widget.cpp" line="98"/>
        <source>optimization_level %1, compression_level %2; calibration: %3 items (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::OptimizeWizard</name>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="151"/>
        <source>Optimize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="171"/>
        <source>&lt;b&gt;Quantized.&lt;/b&gt; Optimization level %1, compression level %2, calibration over %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="175"/>
        <source>Equalization balanced %n layer pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="176"/>
        <source>Bias correction adjusted %n layer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="177"/>
        <source>AdaRound trained %n layer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="179"/>
        <source>Fine-tuning trained %n layer(s); on held-out items the distillation loss went from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="181"/>
        <source>Fine-tuning trained %n layer(s) but did worse on held-out items (%1 → %2); the model before it is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="186"/>
        <source>Fine-tuning skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="188"/>
        <source>Mixed precision: the 8-bit model reaches %1 dB worst output SNR (target %2 dB); no layer needs 16 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="192"/>
        <source>Mixed precision: %n layer(s) raised to 16 bits, the most sensitive when quantized alone; worst output SNR %1 → %2 dB (target %3 dB).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="200"/>
        <source>Time per stage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="201"/>
        <location filename="../ui/optimize_wizard.cpp" line="495"/>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="202"/>
        <source>Finish shows the quantized model; the noise analysis and compile stages start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="206"/>
        <source>Optimization failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="209"/>
        <source>Cancelled: the model is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="217"/>
        <source>Calibration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="218"/>
        <source>The quantizer measures every layer&apos;s range on these inputs. Use data like what the model will see: a few hundred images, in the layout and range the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="221"/>
        <source>Random data (uniform in [0, 1)): checks the flow, not accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="222"/>
        <source>Images or .npy files from a folder, or one .npy/.npz file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="228"/>
        <source>A folder of .jpg/.png/.npy files, or a .npy/.npz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="229"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="230"/>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="232"/>
        <source>Calibration folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="236"/>
        <source>Calibration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="236"/>
        <source>Arrays (*.npy *.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="242"/>
        <source>the script&apos;s (64 unless it says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="250"/>
        <location filename="../ui/optimize_wizard.cpp" line="467"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="257"/>
        <source>Items used at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="284"/>
        <source>Optimization and compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="285"/>
        <source>Higher optimization levels keep more accuracy and take longer. Compression puts weights in 4 bits to fit bigger models on the device, at some accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="298"/>
        <source>Optimization level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="300"/>
        <source>Compression level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="319"/>
        <source>Model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="320"/>
        <source>What will run, as you would write it for dfc optimize. Edit freely: per-layer precision, clipping, normalization. The document keeps it, and Undo takes edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="339"/>
        <source>Optimizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="345"/>
        <source>Keep the 16-bit layers chosen by the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="349"/>
        <source>Kept: the model script sets these %n layer(s) to 16 bits, so the search no longer runs on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="397"/>
        <source>equalization (balances channel ranges between layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="398"/>
        <source>iterative bias correction (removes the mean error each layer adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="399"/>
        <source>AdaRound on every layer over %n item(s) (learns how to round each weight)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="400"/>
        <source>Nothing: plain rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="400"/>
        <source>Runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="404"/>
        <source>Suits a calibration set of at least %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="412"/>
        <source>Preview the calibration data to see the expected time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="413"/>
        <source>Expected time on this machine with %n item(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="422"/>
        <source>%1 % of the weight memory in 4 bits (the largest layers first; never the first or last layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="424"/>
        <source>All weights in 8 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="438"/>
        <source>Accepted, not applied by this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="443"/>
        <source>The script checks out against this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="457"/>
        <source>Reading the calibration data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="487"/>
        <source>%n item(s) read from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="125"/>
        <source>%n value(s) of input %1 are NaN.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="42"/>
        <source>Keep this choice in the model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="140"/>
        <source>about %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optimize_wizard.cpp" line="141"/>
        <source>about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="142"/>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="402"/>
        <source>Then fine-tunes the quantized model against the float one for 4 epochs over up to 1024 items, and keeps the result only when it does better on held-out items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="470"/>
        <location filename="../ui/optimize_wizard.cpp" line="482"/>
        <source>Cannot read the calibration data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="489"/>
        <source>Input %1: %2, values in [%3, %4] as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="490"/>
        <source>After the script&apos;s normalization: [%1, %2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="491"/>
        <source>The script does not normalize this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="494"/>
        <source>A float pass takes %1 ms per item on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="546"/>
        <source>Optimizing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="546"/>
        <source>random data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="547"/>
        <source>Edit the model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/optimize_wizard.cpp" line="550"/>
        <source>The model cannot be optimized now: parse it first, and wait for running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ParseReviewWidget</name>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="143"/>
        <source>%n node(s) in the scope are not supported: see Issues.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="146"/>
        <source>Parsing was cancelled; the previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="169"/>
        <source>Laying out %n node(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="173"/>
        <source>Laid out %n node(s) in %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="230"/>
        <source>Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="231"/>
        <source>Shape of input %1 (comma-separated, batch first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="238"/>
        <source>&apos;%1&apos; is not a valid shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="247"/>
        <source>This model has no symbolic input dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="250"/>
        <source>Set input shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="274"/>
        <source>Re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="275"/>
        <source>Parse again with the chosen start and end nodes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="276"/>
        <source>◀ Start/end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="277"/>
        <source>Previous start/end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="278"/>
        <source>Start/end ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="279"/>
        <source>Next start/end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="280"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="281"/>
        <source>Input shapes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="282"/>
        <source>Give fixed shapes to inputs with symbolic dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="283"/>
        <source>Find a node by name, operator or shape (e.g. 1,3,224,224)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="266"/>
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="268"/>
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="291"/>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="292"/>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="293"/>
        <source>outside the parsing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="294"/>
        <source>unsupported, outside (the host runs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="295"/>
        <source>folded constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="296"/>
        <source>start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="297"/>
        <source>end node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="298"/>
        <source>awaiting re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="267"/>
        <source>&lt;b&gt;Original model&lt;/b&gt; — %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="269"/>
        <source>&lt;b&gt;Parsed accelerator graph&lt;/b&gt; — %n layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="301"/>
        <source>input/output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="301"/>
        <source>conv/dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="302"/>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="302"/>
        <source>normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="303"/>
        <source>pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="303"/>
        <source>element-wise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="304"/>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="304"/>
        <source>resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="305"/>
        <source>reduction, softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="308"/>
        <source>Colour layers by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="317"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="339"/>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parse_review_widget.cpp" line="379"/>
        <source>Nothing was parsed: %n node(s) inside the scope have no conversion. Issues lists them and what to do; right-click a node in the original model to move the start or end node.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="381"/>
        <source>Nothing was parsed: the scope holds no node that runs on the accelerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="438"/>
        <source>Scope: %1 nodes, %2 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="439"/>
        <source> — awaiting re-parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="496"/>
        <source>Found %1 node(s) and %2 layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="513"/>
        <source>Start at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="518"/>
        <source>Add start node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="521"/>
        <source>Cut at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="526"/>
        <source>Add output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="534"/>
        <source>Start here (the only start node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="535"/>
        <source>Add as an extra start node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="537"/>
        <source>Cut here (the only end node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="538"/>
        <source>Add as an extra output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="540"/>
        <source>Clear start/end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="544"/>
        <source>Clear start/end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="548"/>
        <source>Show matching layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parse_review_widget.cpp" line="560"/>
        <source>Show matching original nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph/source_scene.cpp" line="24"/>
        <source>Subgraph %1: right-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ProfileLayerTable</name>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="37"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="80"/>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="84"/>
        <source>Filter layers (name, type, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="87"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="89"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="197"/>
        <location filename="../ui/profile_layer_table.cpp" line="203"/>
        <source>Export layers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_layer_table.cpp" line="198"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ProfileReportView</name>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="96"/>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="97"/>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="98"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="276"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="278"/>
        <source>State %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="279"/>
        <source>Not compiled for this target: compiled for this report with the script&apos;s commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="280"/>
        <source>Estimates from the documented hardware model; the HTML export lists where each of its numbers comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="285"/>
        <source>Limited by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="287"/>
        <source>Fed at %1 FPS it is busy %2 of the time and draws %3 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="298"/>
        <source>equalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="299"/>
        <source>bias correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="300"/>
        <source>AdaRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="301"/>
        <source>Algorithms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="301"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="304"/>
        <source>%1: %2 layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="305"/>
        <source>Precision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="310"/>
        <source>SNR against the float model: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="313"/>
        <source>The model is not quantized: the numbers assume the precisions its script will give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profile_report_view.cpp" line="316"/>
        <source>%n context(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="336"/>
        <source>%1: %2 FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <location filename="../ui/profile_report_view.cpp" line="426"/>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>LCUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>subclusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="345"/>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>APUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>aligners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>weights (kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>in (kB/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="346"/>
        <source>out (kB/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="396"/>
        <source>HTML reports (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="397"/>
        <source>JSON reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="398"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="399"/>
        <location filename="../ui/profile_report_view.cpp" line="404"/>
        <source>Export the profiler report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="416"/>
        <source>Model overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="417"/>
        <source>Optimization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="418"/>
        <source>Compilation &amp;&amp; runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="419"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="421"/>
        <source>FPS, batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="422"/>
        <source>FPS, batch 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="423"/>
        <source>latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="424"/>
        <source>power, NN core (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="425"/>
        <source>contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="427"/>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="428"/>
        <source>MACs per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="429"/>
        <source>operations per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="430"/>
        <source>input (Mbit/s, batch 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="431"/>
        <source>output (Mbit/s, batch 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="432"/>
        <source>host link in all (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="433"/>
        <source>host link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="434"/>
        <source>peak TOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="435"/>
        <source>optimization level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="436"/>
        <source>compression level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profile_report_view.cpp" line="437"/>
        <source>share of 4-bit weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::PropertiesDock</name>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="51"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="61"/>
        <source>Select a node or a layer to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/properties_dock.cpp" line="67"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="79"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="87"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="88"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="89"/>
        <location filename="../ui/docks/properties_dock.cpp" line="112"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="91"/>
        <source>Subgraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/properties_dock.cpp" line="92"/>
        <source>%n node(s); right-click the node to open it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="94"/>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="98"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="106"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="107"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="108"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="109"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="110"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/properties_dock.cpp" line="115"/>
        <source>Original nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::RunHistoryDock</name>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="97"/>
        <source>Optimization runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>16-bit layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>Output SNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="98"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99"/>
        <source>Before (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99"/>
        <source>After (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="99"/>
        <source>Change (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="100"/>
        <source>Restore this run&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="101"/>
        <source>Puts the selected run&apos;s model script back (undoable); Re-optimize then reproduces the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="114"/>
        <source>opt %1, comp %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/run_history_dock.cpp" line="115"/>
        <source>%n item(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="142"/>
        <source>Each optimization run is kept here; two runs are compared layer by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="143"/>
        <source>Select two runs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="151"/>
        <location filename="../ui/docks/run_history_dock.cpp" line="152"/>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="177"/>
        <source>layer (graph order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="180"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="181"/>
        <source>SNR on the layer, all quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="192"/>
        <source>Run %1 → run %2: output SNR %3 → %4 dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="193"/>
        <source>The calibration data differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="194"/>
        <source>The scripts differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/run_history_dock.cpp" line="202"/>
        <source>Restore the script of run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ScriptEditorDock</name>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="44"/>
        <source>Algorithms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="46"/>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="47"/>
        <source>Accepted, not applied by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="87"/>
        <source>Layer %1: %2, output %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="156"/>
        <source>Edit the model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="186"/>
        <source>The script checks out against this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="187"/>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="192"/>
        <source>Model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/script_editor_dock.cpp" line="193"/>
        <source>Model script (.alls): e.g. quantization_param(conv1, precision_mode=a16_w16). Ctrl+Space completes; hover a command for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="22"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="69"/>
        <source>%1 is used by both “%2” and “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::SnrChartDock</name>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="72"/>
        <source>Noise: SNR per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="83"/>
        <source>Optimize the model to measure its noise (Optimize → Optimize…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="90"/>
        <source>worst output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="114"/>
        <source>%1 dB or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="115"/>
        <source>under %1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="119"/>
        <source>on the layer, all quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="142"/>
        <source>%1: %2 dB — right-click for fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="145"/>
        <source>output SNR, only this layer quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="145"/>
        <source>SNR on the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="155"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="173"/>
        <source>All layers quantized: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/snr_chart_dock.cpp" line="174"/>
        <source>%n layer(s) alone take an output under %1 dB.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="175"/>
        <source>Optimize → Analyze noise measures each layer alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/snr_chart_dock.cpp" line="176"/>
        <source>The worst %1 of %2 layers are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::StageBar</name>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124"/>
        <source>Parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124"/>
        <source>Optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124"/>
        <source>Compiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="124"/>
        <source>Profiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="125"/>
        <source>The parse review: the original model beside the parsed graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="126"/>
        <source>The quantized model: bits and algorithms per layer (dfc optimize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="127"/>
        <source>The compiled model: its contexts, what fills them, and why there are that many (Compile → Compile and profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="128"/>
        <source>The profiler report: FPS, latency, power, bandwidth, per-layer numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="133"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stage_bar.cpp" line="134"/>
        <source>The accelerator the model is optimized, compiled and profiled for (recorded in the HAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::SubgraphDialog</name>
    <message>
        <location filename="../ui/subgraph_dialog.cpp" line="20"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subgraph_dialog.cpp" line="22"/>
        <source>Subgraph &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;: %n node(s), shown as written. The accelerator has no control flow, so a node holding subgraphs runs on the host.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/subgraph_dialog.cpp" line="45"/>
        <source>Open subgraph %1 (%n node(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dfc::ui::VerifyDialog</name>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="42"/>
        <source>Expected outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="43"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="52"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="55"/>
        <source>Verify the parse against your framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="57"/>
        <source>Runs the parsed model natively (float, as parsed) and compares each output with the array your framework produced for the same input. Name each expected array after its output (e.g. &lt;tt&gt;output.npy&lt;/tt&gt;) and put them in one folder. An image is fed as RGB 0–255, resized, without normalization: if your framework normalizes, export its input as .npy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="65"/>
        <source>.npy in the model&apos;s layout, or a PNG/JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="67"/>
        <source>Arrays and images (*.npy *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="67"/>
        <source>Input “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="69"/>
        <source>a folder of .npy files, one per output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="70"/>
        <source>Expected outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71"/>
        <source>Max |error|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71"/>
        <source>Mean |error|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="71"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="87"/>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="88"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="90"/>
        <source>Running the model… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="117"/>
        <source>Parse the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="125"/>
        <source>No expected outputs: choose a folder with one .npy per output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="132"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="148"/>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="148"/>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="161"/>
        <source>%1 of %2 outputs match (max error within 0.1 % of the expected values&apos; range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify_dialog.cpp" line="166"/>
        <source>Not used (no output of the parsed model has that name): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dfc::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="68"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="69"/>
        <source>Open an ONNX or TFLite model (or drop it here) to review how it maps onto the accelerator: the original graph and the parsed graph side by side, with start and end nodes you can move by right-clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="72"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="73"/>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="74"/>
        <source>Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="75"/>
        <source>Open the demo model (MobileNetV2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="76"/>
        <source>&lt;b&gt;Recent projects and models&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="22"/>
        <source>Dataflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="25"/>
        <source>Open the demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="27"/>
        <source>Models (.onnx, .tflite, .har) or projects (.dfcproj) to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

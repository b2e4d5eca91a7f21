<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="55"/>
        <source>About bpviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="60"/>
        <source>bpviz {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="65"/>
        <source>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward pass and the update, with every number the equations produce. Then train small networks live and watch the decision boundary form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="69"/>
        <source>Free software under the {name} licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="73"/>
        <source>Running on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="87"/>
        <source>The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: anyone may use, copy, change and share it, keeping the copyright and permission notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="97"/>
        <source>Show the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="123"/>
        <source>Hide the licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="105"/>
        <source>Could not keep a recovery copy of “{name}” ({reason}). Save your work to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="135"/>
        <source>the lock file {path} cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="39"/>
        <source>This data has {d} inputs: the plot shows data with 1 or 2 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="40"/>
        <source>No output map: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="41"/>
        <source>No data yet: choose a data set in the Data panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="42"/>
        <source>The network's output is not a finite number: restore the last finite weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="127"/>
        <source>network output y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="188"/>
        <source>target t · output y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="326"/>
        <source>the network does not read this plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="361"/>
        <source>class {k} (t = {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="362"/>
        <source>class {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="364"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="365"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="367"/>
        <source>network y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="370"/>
        <source>background: the predicted class, greyer where unsure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasAccessible</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="50"/>
        <source>loss, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="53"/>
        <source>input {j}, {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="55"/>
        <source>neuron {j} of layer {l}, {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="57"/>
        <source>bias {b} of neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="59"/>
        <source>weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="69"/>
        <source>L not yet computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="73"/>
        <source>{x} not yet computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="180"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="198"/>
        <source>The network: Tab and the arrow keys move between its neurons, weights and the loss; Enter edits the focused one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="252"/>
        <source>Step {n}: the start, nothing computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="254"/>
        <source>Loss: L = {L}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="256"/>
        <source>Update, layer {l}: its weights and biases take their new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="259"/>
        <source>Forward, layer {l}, neuron {j}: z = {z}, x = {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="261"/>
        <source>Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="22"/>
        <source>{what}: “{text}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="23"/>
        <source>{what}: {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="24"/>
        <source>{what}: at most {digits} digits after the decimal point, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../../bpviz/ui/look/colour_legend.py" line="60"/>
        <source>{title}: orange is negative, grey is 0, blue is positive; full colour at ±{scale!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="23"/>
        <source>Could not import {name}: {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="24"/>
        <source>Could not export to {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="25"/>
        <source>There is no data set to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="26"/>
        <source>Import of {name} cancelled; the data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="48"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="51"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="52"/>
        <source>Read points from a CSV file: inputs first, the target last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="54"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="55"/>
        <source>Write the points (with any you drew) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="77"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="78"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="84"/>
        <source>exact 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="114"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLab</name>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="157"/>
        <source>There is no data set: choose one in the Data panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="159"/>
        <source>The data set has no points yet: click on the data plot to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="162"/>
        <source>The network has {n} inputs but the data gives {want} ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="165"/>
        <source>The network has {n} outputs but the data has {want} target columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="227"/>
        <source>Data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="235"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="245"/>
        <source>class {k} does not exist; this data has {n} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="252"/>
        <source>Add a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="257"/>
        <source>there is no point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="259"/>
        <source>the data set needs at least one point; clear it to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="263"/>
        <source>Remove a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="270"/>
        <source>Clear the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="275"/>
        <source>the test share is 0 % to 90 %, not {share:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="277"/>
        <source>Test share {share:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="283"/>
        <source>choose at least one input feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="285"/>
        <source>input features apply to 2-D data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="289"/>
        <source>Inputs: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="295"/>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="301"/>
        <source>choose a data set first, or clear one to draw on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="332"/>
        <source>inputs {a} → {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="334"/>
        <source>outputs {a} → {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="336"/>
        <source>output activation {a} → {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="339"/>
        <source>loss {a} → {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="342"/>
        <source>regression learns with linear outputs and mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="343"/>
        <source>two classes learn with one sigmoid output and cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="344"/>
        <source>{k} classes learn with a softmax output per class and cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="346"/>
        <source>To fit {name}: {changes} ({why}). Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="28"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="29"/>
        <source>Gaussian blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="31"/>
        <source>1-D curve (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="32"/>
        <source>2-D plane (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="37"/>
        <source>Your own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="38"/>
        <source>Choose a data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="41"/>
        <source>Keep at least one input feature checked: the network needs an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="94"/>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="102"/>
        <source>Which points the network learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="105"/>
        <source>How many classes (Gaussian blobs and spiral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="106"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>How many points to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="109"/>
        <source>The random seed: the same seed gives the same points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="110"/>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="114"/>
        <source>How much the points are jittered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="115"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="116"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="117"/>
        <source>New points from the next seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="120"/>
        <source>The share of points held out to test on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="121"/>
        <source>Test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="137"/>
        <source>classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="145"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="152"/>
        <source>Input features (2-D data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="157"/>
        <source>Feed {feature} to the network as an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="320"/>
        <source>The input layer now has 1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="321"/>
        <source>The input layer now has {k} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has 1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has {k} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="331"/>
        <source>{n} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="332"/>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="337"/>
        <source>{train} train / {test} test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="17"/>
        <source>Put back the last weights that were all finite numbers, then try a smaller α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="33"/>
        <source>Restore last finite weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockEnlarger</name>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="47"/>
        <source>⤡ Back in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="48"/>
        <source>Put the map back in its place in the window (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="50"/>
        <source>⤢ Enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="51"/>
        <source>Show the map large, over the window (F7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="273"/>
        <source>{value} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="289"/>
        <source>the example and learning rate must be finite, and α ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="331"/>
        <source>The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="344"/>
        <source>The example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="375"/>
        <source>nothing to focus at {focus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="74"/>
        <source>no sample {n} in a batch of {B}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="92"/>
        <source>no such sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="144"/>
        <source>the example needs {inputs} inputs and {targets} targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="157"/>
        <source>Set learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on a batch of {B}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on one sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="160"/>
        <source>Set example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="166"/>
        <source>a batch holds 1 to {max} samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPointsBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="24"/>
        <source>Click the plot to add a point · right-click removes one · Ctrl+click steps with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="35"/>
        <source>Draw your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="47"/>
        <source>A click on the plot adds a point of class {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="53"/>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="59"/>
        <source>A click on the plot adds a point with this target t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="63"/>
        <source>the height of your click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="64"/>
        <source>1-D data: a click at (x, t) adds input x with target t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="66"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="68"/>
        <source>Clear points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="69"/>
        <source>Remove every point, to draw your own (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="95"/>
        <source>Target t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="33"/>
        <source>Learning rate α: it must be 0 or more (it is the size of a step downhill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="34"/>
        <source>Learning rate α: at most {max_lr:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="35"/>
        <source>The table holds an example of its own, not this sample of the data set; pick a sample to step on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="37"/>
        <source>How many samples one step runs on (a mini-batch): each sample's forward and backward pass, then the mean of their losses and gradients, which the update uses. With a data set, the step takes its next samples; otherwise type each sample's values in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="41"/>
        <source>Which sample of the batch the table, the canvas and the Inspector show. The loss, ∂L/∂w and the update are the batch's: the means over its samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="43"/>
        <source>Not yet computed: step through the forward pass to reach this output neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>output y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="70"/>
        <source>y_k = x_k^(L), the network's output, once the forward pass has computed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="79"/>
        <source>Double-click or start typing to change an input or a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="83"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w (0 or more; press Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="87"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="90"/>
        <source>Which sample of the data set to step on; finishing a step moves on to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="104"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="110"/>
        <source>Showing sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="124"/>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="126"/>
        <source>Showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="214"/>
        <source>input {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="215"/>
        <source>target {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="275"/>
        <source>of {B}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="295"/>
        <source>to {last} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="297"/>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="300"/>
        <source>no sample: the example is your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="306"/>
        <source>custom example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="309"/>
        <source>class {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="311"/>
        <source>sample {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="52"/>
        <source>All weights and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="53"/>
        <source>Check every parameter instead of the focused weight or neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="58"/>
        <source>The step ε of the central difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Backprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Numerical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Rel. diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="66"/>
        <source>The weight w_ji^(l) or bias b_j^(l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="67"/>
        <source>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="68"/>
        <source>(L(w + ε) − L(w − ε)) / 2ε, from the loss alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="69"/>
        <source>|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="182"/>
        <source>Backprop: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="185"/>
        <source>Checking the first {shown:,} of {total:,} parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="195"/>
        <source>Click a weight or a neuron to check its gradient, or tick “All weights and biases”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="218"/>
        <source>Not a finite number: the weights have diverged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="221"/>
        <source>Backpropagation and the finite difference agree to better than {agree:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="225"/>
        <source>They differ by more than {agree:g}. The finite difference keeps only the digits the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="239"/>
        <source>&lt;span style='color:#8a8a8a'&gt;Some numbers are not finite: the weights have diverged.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="243"/>
        <source>✓ All {n} agree: the largest relative difference is {worst}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="246"/>
        <source>⚠ {k} of {n} differ by more than {agree:g}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientHealthNote</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="26"/>
        <source>Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="30"/>
        <source>Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient reaches the layers before it. The Gradients tab says what to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="32"/>
        <source>a smaller α (now {lr:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="33"/>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="34"/>
        <source>He initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="35"/>
        <source>The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer change. Look for a dead layer after it, or Re-initialise with a smaller α.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="38"/>
        <source>Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights get no gradient). Leaky ReLU keeps a small slope below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="40"/>
        <source>Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is the vanishing gradient; ReLU, or smaller starting weights, helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="51"/>
        <source>(looked at on {n} of the {total} training samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="145"/>
        <source>{first} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="59"/>
        <source>Paths from {w} to {L}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="61"/>
        <source>The first {shown} of {n} paths are written; the sum is over all {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="67"/>
        <source>The sum of the paths: {total} = {gradient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="70"/>
        <source>as backpropagation computes it: {delta} {x} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="74"/>
        <source>which the backward pass computes as δ x when it reaches layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="79"/>
        <source>The batch's gradient, which the update uses, is the mean of the {B} samples' own: {gradient} = (1/{B})·({terms}) = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="84"/>
        <source>Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="86"/>
        <source>Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} multiplications; forward mode, one pass through the network for each of them, would take {f:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="195"/>
        <source>Orange: ∂L/∂ of each box · outlined: this event · purple: the focused weight's paths to L (click a product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="198"/>
        <source>Too many operations to draw: neuron {j} of layer {l}'s are drawn, its weight's paths written below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="201"/>
        <source>Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's mean below · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="205"/>
        <source>The step's operations, each with its value and (orange) its ∂L/∂. Outlined: what this event computes · purple: the focused weight's paths to L (click a product to choose) · drag to see more, Ctrl +/− to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="86"/>
        <source>Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="89"/>
        <source>The output is y = {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="91"/>
        <source>Sample {k}: input {x} = ({input}); target t = ({target}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="94"/>
        <source>A batch of {B} samples: the loss is the mean of theirs, and the update uses the mean of their gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="97"/>
        <source>Input {x} = ({input}); target t = ({target}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="145"/>
        <source>The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="150"/>
        <source>In general:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="166"/>
        <source>Weights before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Equation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="229"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="59"/>
        <source>the picture of the network could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="167"/>
        <source>choose a file name ending in .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="206"/>
        <source>this network has {n:,} weights and biases; a handout writes out every equation, so it is made for networks of up to {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="212"/>
        <source>this step's numbers are not all finite (the weights have diverged); restore finite weights first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="224"/>
        <source>Cannot export the worked example: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="233"/>
        <source>One step of backpropagation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="242"/>
        <source>Could not export {name}: {reason}. Nothing was written; your work is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="245"/>
        <source>Exported the worked example in matrix form to {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="246"/>
        <source>Exported the worked example to {files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintOverlay</name>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="53"/>
        <source>step forward / back through the algorithm, one neuron at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="54"/>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="55"/>
        <source>a neuron, an edge or the loss: its equations, with the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="56"/>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="57"/>
        <source>type a new weight or bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="58"/>
        <source>train on a data set, and pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="59"/>
        <source>every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="77"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="101"/>
        <source>Press any key or click to begin. Help ▸ Show hints brings these back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="37"/>
        <source>f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however large ∂L/∂x is; its incoming weights barely learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="39"/>
        <source>With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t directly: a confidently wrong output still learns fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="41"/>
        <source>The output is y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; is ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="43"/>
        <source>An input has no weights of its own: the backward pass stops at layer 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="44"/>
        <source>The value this step's forward pass uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="45"/>
        <source>This network has {n:,} parameters; equations are written out with their numbers up to {limit:,}. The values below are the trace's.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="47"/>
        <source>… and {n:,} more incoming weights: see the weights table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="48"/>
        <source>Nothing in focus: click a neuron, an edge or the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="71"/>
        <source>Matrix form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="72"/>
        <source>Write the focused layer's step as vectors and matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of neuron by neuron (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="227"/>
        <source>Step {step} · {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="229"/>
        <source>Step {step} · start: nothing computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="231"/>
        <source>sample {n} of {B}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="272"/>
        <source>Neuron {j} of layer {l} (output) · {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="273"/>
        <source>Neuron {j} of layer {l} · {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="275"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="278"/>
        <source>Update · α = {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="295"/>
        <source>Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="302"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="303"/>
        <source>Gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="313"/>
        <source>Loss · {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="317"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="318"/>
        <source>Its derivative for each output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="325"/>
        <source>Input {i} of sample {n} of the data set “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="328"/>
        <source>Input {i} of the example, as set for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="329"/>
        <source>Input {i} · layer 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorMatrix</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="26"/>
        <source>Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus another neuron to move them; the weights table has every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="28"/>
        <source>rows {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="29"/>
        <source>columns {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="30"/>
        <source>A batch of {B} samples: X, Z and Δ have a column per sample; the shown sample's is highlighted ({n}). The gradients are the mean over the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="33"/>
        <source>The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the others. Show another sample (Example panel) to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="35"/>
        <source>The matrix form is written for a step without a weight penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="36"/>
        <source>Forward pass · layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="37"/>
        <source>Backward pass · layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="38"/>
        <source>Update · layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastEpochBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="19"/>
        <source>Mean loss over the set, penalty included, after the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="20"/>
        <source>Share of samples the network classifies right, after the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="28"/>
        <source>Last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="44"/>
        <source>loss L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="45"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="61"/>
        <source>Epoch {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="62"/>
        <source>{speed:.0f} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="71"/>
        <source>Cannot train yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="68"/>
        <source>unknown action {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="93"/>
        <source> of layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="94"/>
        <source>, neuron {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="95"/>
        <source>the step-through has no {phase} event{where}{who} in this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="105"/>
        <source>the network (layer sizes {sizes}) has no {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="114"/>
        <source>edge w_{j}{i}^({layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="117"/>
        <source>neuron {j} in layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="126"/>
        <source>the network has layers 0 to {L}, not {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="132"/>
        <source>the network has weighted layers 1 to {L}, not {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>to within {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="65"/>
        <source>to within {gap} × the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="66"/>
        <source>to {digits} significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="76"/>
        <source>the number of the layer with the smallest gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="81"/>
        <source>{symbol} after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="90"/>
        <source>no epoch has been trained yet: train first, then read the gradients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="33"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="34"/>
        <source>Guided walks through backpropagation, one equation at a time. Pick one and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="52"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="53"/>
        <source>Start the lesson, or carry on where you left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="55"/>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="56"/>
        <source>Begin the lesson again from its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="58"/>
        <source>&amp;Open lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="59"/>
        <source>Read a lesson written as a TOML file (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="122"/>
        <source>✓ You finished “{title}”. Choose the next lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="146"/>
        <source>{name}
⚠ Cannot be used: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="155"/>
        <source>No lessons found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="157"/>
        <source>&lt;b&gt;{name} cannot be used:&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="163"/>
        <source>&amp;Resume at step {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="38"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="87"/>
        <source>{name} is not a usable lesson ({count} problem(s)); the Lesson panel lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="80"/>
        <source>Type a number, e.g. 0.378</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="82"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="83"/>
        <source>Check your answer or what you did (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="110"/>
        <source>◂ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="111"/>
        <source>The previous step (the lesson sets the network up again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="113"/>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="114"/>
        <source>Close the lesson; it resumes at this step next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="196"/>
        <source>Step {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="210"/>
        <source>Your value of {symbol}, {tolerance}; Enter checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>Finish ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>&amp;Next ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="223"/>
        <source>Do the task first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Edit the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="245"/>
        <source>Change the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="79"/>
        <source>step {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="82"/>
        <source>▶ Open: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done · again at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>◐ In progress: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>○ Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="148"/>
        <source>This task cannot be checked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="151"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="153"/>
        <source>Not yet: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="154"/>
        <source>Not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="186"/>
        <source>Lesson step {n}: could not {what}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="194"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="202"/>
        <source>Right: layer {n} has the smallest gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="204"/>
        <source>Right: {symbol} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="210"/>
        <source>Not yet: layer {typed} is not the one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="212"/>
        <source>Not yet: {typed} is not {symbol} {tolerance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="215"/>
        <source>Check the sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="219"/>
        <source>The engine's value is {value}; type it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="101"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="103"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="104"/>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="106"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="107"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="108"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="109"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="110"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="111"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="112"/>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="223"/>
        <source>Could not open {name}: {reason}. The current document is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="238"/>
        <source>Could not open the preset {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="259"/>
        <source>Could not save {name}: {reason}. Your work is still open and still unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="263"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="308"/>
        <source>The step runs on one sample: set Batch in the Example panel to step on several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="377"/>
        <source>{what} changed: the step is recomputed from it, back at event {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="382"/>
        <source>bpviz — {name}[*]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../../bpviz/ui/shell/message_bar.py" line="53"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="24"/>
        <source>Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L to edit its bias, or an input neuron to edit the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="116"/>
        <source>New value of {what}: Enter sets it, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="191"/>
        <source>Edit {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="208"/>
        <source>Add neuron to layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="209"/>
        <source>Remove this neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="220"/>
        <source>Remove the last neuron of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="243"/>
        <source>Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="244"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="252"/>
        <source>Add hidden layer before layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="255"/>
        <source>Add hidden layer after layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="258"/>
        <source>Remove layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="260"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="27"/>
        <source>Select a neuron first: click it, or move with Tab and the Up and Down keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="29"/>
        <source>An input neuron and the loss have no incoming weights: W moves from a neuron of layer 1 or above to its weights, and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="140"/>
        <source>Loss · {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="142"/>
        <source>Mean loss of {B} · {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="27"/>
        <source>Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="30"/>
        <source>{not_yet}: step forward to reveal it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="34"/>
        <source>Edges: weight w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="35"/>
        <source>Edges: gradient ∂L/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="36"/>
        <source>Edges: Δw · labels: new w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="37"/>
        <source>Neurons: output x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="38"/>
        <source>Neurons: error δ = ∂L/∂z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="238"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Output · {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Layer {l} · {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="265"/>
        <source>{header}: right-click for layer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="268"/>
        <source>Loss L ({loss}) = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="270"/>
        <source>target {t} = {value} (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="278"/>
        <source>double-click to edit the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="283"/>
        <source>double-click to edit the bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="291"/>
        <source>Add a neuron to layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="293"/>
        <source>Remove the last neuron of the input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="294"/>
        <source>Remove the last neuron of the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="302"/>
        <source>input {x} = {value}
double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="316"/>
        <source>{b} = {value} (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="145"/>
        <source>{symbol} at each point of the input plane with this target t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="146"/>
        <source>{symbol} over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="147"/>
        <source>Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, orange at {low:.3g}; the ring marks this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="15"/>
        <source>Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label its edges, or read every value in the Weights tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="17"/>
        <source>Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="18"/>
        <source>Hidden: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="19"/>
        <source>Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights tab lists every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="21"/>
        <source>{drawn:,} of {all:,} edges drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/network_canvas.py" line="227"/>
        <source>Export picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="34"/>
        <source>auto (by activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="37"/>
        <source>uniform ±0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="39"/>
        <source>How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. Auto: He for ReLU layers, Xavier for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="87"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="89"/>
        <source>+  Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="90"/>
        <source>Insert a hidden layer of 2 neurons just before the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="97"/>
        <source>The loss L the network learns to make small. Cross-entropy follows a sigmoid or softmax output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="107"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="110"/>
        <source>The same seed always draws the same weights; change it for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="112"/>
        <source>Re-initialise weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="113"/>
        <source>Draw new weights with this scheme and seed (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="116"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="118"/>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="120"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="152"/>
        <source>neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="153"/>
        <source>activation f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="182"/>
        <source>layer 0 (x⁽⁰⁾, the inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="183"/>
        <source>layer {l} (y, the outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="184"/>
        <source>layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="185"/>
        <source>{layer}: neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="189"/>
        <source>Number of neurons in layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="197"/>
        <source>f, the activation of layer {l}: x = f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="203"/>
        <source>Remove layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperPicture</name>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="23"/>
        <source>After the forward pass and the loss: x in each neuron, each weight w on its edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="25"/>
        <source>After the update: δ in each neuron, each new weight (and its change Δw) on its edge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointerOnPoints</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k} (t = {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="39"/>
        <source>target t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="44"/>
        <source>network output y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="46"/>
        <source>network output: class {k}, y = ({y})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="101"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="105"/>
        <source>As the system: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="117"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="121"/>
        <source>The size of the numbers, labels and neurons on the canvas and in every panel (100 % is the usual size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="123"/>
        <source>Significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="125"/>
        <source>Significant digits of every number shown; hovering a number shows it in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="127"/>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="133"/>
        <source>The learning rate α that File ▸ New starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="137"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="139"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="140"/>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="141"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="143"/>
        <source>Significant &amp;digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="144"/>
        <source>New documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="146"/>
        <source>Learning rate &amp;α:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="147"/>
        <source>Open documents keep their own α; File ▸ New uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="203"/>
        <source>bpviz speaks {language} from its next start (this window keeps its language).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="253"/>
        <source>T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  Esc leaves presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="255"/>
        <source>Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  H high contrast  ·  Esc leaves presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="24"/>
        <source>Record an animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="29"/>
        <source>The rest of this step, from where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="30"/>
        <source>A whole step, from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="31"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="35"/>
        <source>Training needs a data set: choose one in the Data panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source>Train for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="41"/>
        <source>A frame every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="42"/>
        <source>Recording training trains the network for real: the epochs stay, as when you press Train. Train ▸ Reset puts the starting weights back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="48"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="49"/>
        <source>Output map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="53"/>
        <source>Animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="54"/>
        <source>PNG sequence (frame_0001.png …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source>Each frame shows for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="69"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="70"/>
        <source>One frame for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="74"/>
        <source>Picture of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="75"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="77"/>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedChoice</name>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="16"/>
        <source>How fast training runs: slow enough for a class to watch every epoch, or as fast as the machine goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epoch/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="32"/>
        <source>as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="36"/>
        <source>Training speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>whole step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="45"/>
        <source>Ready: press → or Space to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="46"/>
        <source>Step {step} done: → starts step {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="80"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="81"/>
        <source>Back to the start of this step, weights as before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="82"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="83"/>
        <source>Hide the last revealed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="84"/>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="85"/>
        <source>Reveal the next event (past the end: the next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="86"/>
        <source>End of phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="87"/>
        <source>Jump to the end of the current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="88"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="89"/>
        <source>Play or pause: reveal one move at a time, step after step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="98"/>
        <source>How far one press of Forward or Back moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="117"/>
        <source>step {x:.0f}: L = {y:.6g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="135"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="138"/>
        <source>Move by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="160"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="163"/>
        <source>{tip}. Keys: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="219"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="232"/>
        <source>0 of {n} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="236"/>
        <source>event {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="237"/>
        <source>Step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="239"/>
        <source>sample {s} of {B} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="242"/>
        <source>this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="244"/>
        <source>step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="249"/>
        <source>The loss is computed after the forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="295"/>
        <source>Auto-play speed: one move every {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>loss L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="21"/>
        <source>How many epochs Play trains (one epoch visits every training sample once); 0 trains until you press Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="23"/>
        <source>Stop at the first epoch whose training accuracy is at least this; 0 is no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="25"/>
        <source>Stop at the first epoch whose training loss L is at most this (press Enter to apply); empty is no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="27"/>
        <source>Stop at loss: the loss to stop at must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="37"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="39"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="42"/>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="43"/>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="47"/>
        <source>Accuracy to stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="52"/>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="55"/>
        <source>Training accuracy to stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="60"/>
        <source>Training loss to stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="64"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="65"/>
        <source>At train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="66"/>
        <source>At train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="90"/>
        <source>Stop at loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="44"/>
        <source>Add a neuron to layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="48"/>
        <source>Remove neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="52"/>
        <source>Add hidden layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="56"/>
        <source>Remove layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="61"/>
        <source>a layer has 1 to {most} neurons, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="64"/>
        <source>Layer {l}: {n} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="71"/>
        <source>Layer {l} activation: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="83"/>
        <source>Hidden layers: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="89"/>
        <source>Loss: {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="96"/>
        <source>Re-initialise weights ({init}, seed {seed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="104"/>
        <source>Back to the starting weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="35"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="38"/>
        <source>Learning rate α: training needs a number greater than 0 and at most {max_lr:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="40"/>
        <source>Penalty rate λ: it must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="41"/>
        <source>Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="43"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 &lt; α ≤ {max_lr:g}; press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="45"/>
        <source>Samples per step: each step averages ∂L/∂w over this many training samples. 1 is stochastic gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="47"/>
        <source>Use every training sample in each step (batch gradient descent: one step per epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="49"/>
        <source>A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="52"/>
        <source>Seeds the order the samples are shuffled in: the same seed gives the same batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="53"/>
        <source>Train until paused, or until a stop set below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="54"/>
        <source>Pause training; the weights stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="55"/>
        <source>Train one epoch: every training sample once, batch by batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="56"/>
        <source>Take one step of gradient descent on the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="57"/>
        <source>Put back the weights training started from and begin a new run (the curves so far stay, faded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="59"/>
        <source>Draw new starting weights (same scheme, next seed) and begin a new run (the curves so far stay, faded); undoable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="61"/>
        <source>Stop this run; the epochs done so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="122"/>
        <source>{done} / {wanted} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="124"/>
        <source>{speed:.0f} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="127"/>
        <source>{left:.0f} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="138"/>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="141"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="146"/>
        <source>whole set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="159"/>
        <source>λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="161"/>
        <source>Penalty rate λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="168"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="175"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="179"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="181"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="182"/>
        <source>Shuffle seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="184"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="185"/>
        <source>One epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="187"/>
        <source>One batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="189"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="190"/>
        <source>Re-initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="251"/>
        <source>  of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="274"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="35"/>
        <source>Vanishing gradients: make the network deep (4+ hidden layers), press All hidden sigmoid, then Play. The first layers' curves lie far below the last: they hardly learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the ReLU curves stay close together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="39"/>
        <source>Accuracy counts right answers, so it applies to classification. This data set is regression: read the loss instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="41"/>
        <source>The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty (Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="44"/>
        <source>Point at a curve to read its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="45"/>
        <source>The network has no hidden layer: add one in the Network panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="112"/>
        <source>loss L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="115"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="121"/>
        <source>RMS of ∂L/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="131"/>
        <source>All hidden sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="132"/>
        <source>Make every hidden layer sigmoid (one undoable edit), then press Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="134"/>
        <source>All hidden ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="135"/>
        <source>Make every hidden layer ReLU (one undoable edit), then press Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="156"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="157"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="158"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="159"/>
        <source>The loss after each epoch, on the training and the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="160"/>
        <source>The share of samples classified right after each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="161"/>
        <source>How large ∂L/∂W of each layer was, averaged over the epoch's batches, on a log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="166"/>
        <source>Clear earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="167"/>
        <source>Take the faded curves of earlier runs off the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="205"/>
        <source>layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="247"/>
        <source>{run} (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="290"/>
        <source>epoch {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <location filename="../../../bpviz/state/training/training_runs.py" line="72"/>
        <source>run {n}: {activations} · {loss} · α {lr}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="20"/>
        <source>Stopped at epoch {n}: the training accuracy, {value}, reached its target of {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="24"/>
        <source>Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target of {target:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="27"/>
        <source>Stopped at epoch {n}, after the {done} epochs asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="120"/>
        <source>Training needs a learning rate between 0 and {most:g}; α is {lr:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="148"/>
        <source>A watchable speed is 1 to {most} epochs a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="324"/>
        <source>Training stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../../bpviz/state/document/view_options.py" line="12"/>
        <source>not yet computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="36"/>
        <source>Step through the backward pass to see ∂L/∂W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="37"/>
        <source>∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="38"/>
        <source>Point at a cell to read its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="39"/>
        <source>Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward pass has revealed it, instead of the weights w_ji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="90"/>
        <source>Show ∂L/∂W instead of W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="208"/>
        <source>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (rows: neurons of layer {l}, columns: layer {k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="237"/>
        <source>{symbol} = {value}   (row {j}, column {i})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="28"/>
        <source>A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after it; Δw and After follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="45"/>
        <source>Show the parameters of one layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="76"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="135"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="142"/>
        <source>Showing the first {shown:,} of {total:,} parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="313"/>
        <source>Bias of neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="314"/>
        <source>Weight from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="101"/>
        <source>The settings file {path} could not be read; it was set aside as {aside}, and bpviz starts with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="120"/>
        <source>The restored work is open instead of {path}; save it, then open {path} from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../../bpviz/state/document/commands.py" line="28"/>
        <source>Set {name} to {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="14"/>
        <source>bpviz networks (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="15"/>
        <source>CSV data (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="24"/>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="30"/>
        <source>Save network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="37"/>
        <source>Import data (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="44"/>
        <source>Open lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="45"/>
        <source>bpviz lessons (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="51"/>
        <source>Export data (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>PDF handout (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="62"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="63"/>
        <source>Export worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="72"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="73"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="100"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="101"/>
        <source>bpviz closed unexpectedly; restore the unsaved work of “{name}” from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="104"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="105"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="106"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="142"/>
        <source>Folder for the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="143"/>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="144"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine_words</name>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>sigmoid σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="19"/>
        <source>leaky relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="20"/>
        <source>mse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="21"/>
        <source>cross entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="42"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="44"/>
        <source>Update · layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="45"/>
        <source>Forward · layer {l} · neuron {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="46"/>
        <source>Backward · layer {l} · neuron {j}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error handler</name>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="70"/>
        <source>The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="71"/>
        <source>The details could not be written to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="72"/>
        <source>Something went wrong inside bpviz ({kind}: {error}). Your work is still open. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="74"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="75"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="58"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="59"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="61"/>
        <source>Open &amp;preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="69"/>
        <source>&amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="83"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="84"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="85"/>
        <source>&amp;Export worked example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="86"/>
        <source>The current step, every equation with its numbers, as a PDF, web page or Markdown handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="88"/>
        <source>Export p&amp;icture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="91"/>
        <source>A PNG (twice the screen's pixels) or an SVG, as the file name ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="92"/>
        <source>Record a&amp;nimation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="93"/>
        <source>A step-through or a training run as an animated GIF or a sequence of PNG pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="100"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="107"/>
        <source>&amp;Edit focused value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="108"/>
        <source>Type a new value for the focused weight or bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="109"/>
        <source>Re-&amp;initialise weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="110"/>
        <source>Draw new weights with the network's scheme and the next seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="114"/>
        <source>The theme, the digits shown, the text size and the learning rate of a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="118"/>
        <source>Show &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="120"/>
        <source>Show &amp;gradients on edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="122"/>
        <source>Edges show ∂L/∂w in the backward pass and Δw at the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="123"/>
        <source>Show neuron &amp;maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="125"/>
        <source>Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="128"/>
        <source>Inspector in matri&amp;x form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="131"/>
        <source>The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="134"/>
        <source>&amp;Computational graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="135"/>
        <source>The centre shows the step's operations (w·x, z, f, the loss) with their values and gradients, and the focused weight's paths to L; again for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="137"/>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="140"/>
        <source>{n} significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="149"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="151"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="153"/>
        <source>&amp;Fit network to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="156"/>
        <source>&amp;Step-through layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="157"/>
        <source>The network, the example, the inspector and the weights table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="158"/>
        <source>&amp;Training layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="159"/>
        <source>The network, the data, the training controls, the output map and the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="160"/>
        <source>&amp;Enlarge the output map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="161"/>
        <source>The output map large, over the window; again to put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="163"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="167"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="174"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="175"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="176"/>
        <source>To the &amp;end of the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="177"/>
        <source>&amp;Reset to the start of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="178"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="180"/>
        <source>Back to the &amp;starting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="181"/>
        <source>The weights as opened or last edited, before any stepping or training (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="183"/>
        <source>Show the &amp;next sample of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="184"/>
        <source>In a batch, the canvas and the Inspector show one sample's values: the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="185"/>
        <source>Show the pre&amp;vious sample of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="187"/>
        <source>Move by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="190"/>
        <source>Whole step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="198"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="200"/>
        <source>&amp;Train / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="202"/>
        <source>One &amp;epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="203"/>
        <source>One &amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="204"/>
        <source>&amp;Reset to the starting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="205"/>
        <source>Restore the last &amp;finite weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="207"/>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="210"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="215"/>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="216"/>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="219"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="220"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="222"/>
        <source>Show &amp;hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="223"/>
        <source>The first steps, over the network: the keys to step, inspect, edit and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="224"/>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="225"/>
        <source>&amp;Choose a lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="226"/>
        <source>Guided lessons through the seed: one neuron, the forward pass, the backward pass, XOR, vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="228"/>
        <source>&amp;Open lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="229"/>
        <source>Read a lesson a teacher wrote as a TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="231"/>
        <source>&amp;About bpviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="249"/>
        <source>P&amp;resenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="250"/>
        <source>Full screen for a projector: the canvas, the step bar and the inspector, larger. Esc leaves, B blanks the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="253"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="254"/>
        <source>Black on white with strong frames, for a washed-out projector; the data colours stay blue and orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="259"/>
        <source>Presenter te&amp;xt size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="262"/>
        <source>{factor:g} × the usual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="284"/>
        <source>New weights: {init} initialisation, seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="296"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="299"/>
        <source>Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: the next control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="301"/>
        <source>Canvas: the neuron above / below (on a weight: the neighbouring weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="302"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="303"/>
        <source>Canvas: the layer before / after (after the output: the loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="304"/>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="305"/>
        <source>Canvas: from a neuron to its incoming weights, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="306"/>
        <source>Canvas: edit the focused weight, the focused neuron's bias or an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="307"/>
        <source>Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>Canvas: add a neuron to the focused layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>+ or Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>Canvas: remove the focused neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>− or Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Canvas: zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Ctrl + mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="38"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="42"/>
        <source>{what}: type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="45"/>
        <source>{what}: “{text}” is not a number: write decimals with a point (0.5), with no thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="49"/>
        <source>{what}: “{text}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="52"/>
        <source>{what}: {text} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="54"/>
        <source>{what}: {text} is too small to tell from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="62"/>
        <source>{what}: {count} numbers needed, {given} given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../../bpviz/ui/export/picture.py" line="185"/>
        <source>the picture could not be encoded as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Output map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="39"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="61"/>
        <source>There is no picture called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="63"/>
        <source>There is no data yet, so no {what} to export: choose a data set in the Data panel (View ▸ Training layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="66"/>
        <source>There is no accuracy curve for this data: show the Loss or the Gradients tab of the Curves to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="147"/>
        <source>Export picture: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="156"/>
        <source>{file}: bpviz writes pictures as PNG or SVG; end the file name in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="167"/>
        <source>Could not write the picture {file}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="171"/>
        <source>Saved the picture {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="60"/>
        <source>target t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="95"/>
        <source>class {k} (t = {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="96"/>
        <source>class {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="100"/>
        <source>train ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="102"/>
        <source>test ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="14"/>
        <source>Hand-worked 2-2-2 example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="15"/>
        <source>XOR: a problem no straight line can solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="16"/>
        <source>Circles: a ring around a disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="17"/>
        <source>Two interleaved spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="18"/>
        <source>Regression: fitting a curve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="37"/>
        <source>a file of that name is there, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="42"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="53"/>
        <source>the frame could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="58"/>
        <source>there are no frames to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="52"/>
        <source>Choose what to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="54"/>
        <source>Choose where to save the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="57"/>
        <source>The number of epochs and the epochs per frame are at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="59"/>
        <source>That would be {n} frames; a recording has at most {most}: take a frame less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="62"/>
        <source>A frame shows for 20 ms to 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="101"/>
        <source>Could not record to {path}: {reason}. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="113"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="120"/>
        <source>The step is already at its end: record the whole step, or step back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="179"/>
        <source>Frame {made} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="197"/>
        <source>The recording stopped: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="200"/>
        <source>Recording cancelled; nothing was written. The {n} epochs trained so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="203"/>
        <source>Recording cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="209"/>
        <source>Could not write the recording {path}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="214"/>
        <source>Recorded {n} frames to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="216"/>
        <source> (training stopped early: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="253"/>
        <source>A recording is already being made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="41"/>
        <source>A recovery copy could not be read ({reason}); it was set aside in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="48"/>
        <source>A recovery copy of “{name}” from {when} is older than {path}, which was saved after it; the copy was set aside in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="79"/>
        <source>Restored the unsaved work of “{name}” from {when}. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="82"/>
        <source>One more copy of unsaved work will be offered the next time bpviz starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="85"/>
        <source>{count} more copies of unsaved work will be offered the next time bpviz starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weights_table</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="36"/>
        <source>The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="38"/>
        <source>The layer l the parameter feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="39"/>
        <source>The value this step's forward pass uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="40"/>
        <source>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.
Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="43"/>
        <source>Δw = −α ∂L/∂w, once the layer's update is revealed.
Sorts by magnitude |Δw|, largest first: which weight moved most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="45"/>
        <source>w − α ∂L/∂w, once the layer's update is revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="47"/>
        <source>∂L/∂w (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="48"/>
        <source>Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).
The mean of these terms over the batch is ∂L/∂w, which the update uses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

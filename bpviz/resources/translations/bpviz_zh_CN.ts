<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="55"/>
        <source>About bpviz</source>
        <translation>关于 bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="60"/>
        <source>bpviz {version}</source>
        <translation>bpviz {version}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="65"/>
        <source>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward pass and the update, with every number the equations produce. Then train small networks live and watch the decision boundary form.</source>
        <translation>看反向传播如何工作，一个神经元接一个神经元：前向传播、损失、反向传播和更新，公式算出的每个数都清清楚楚。然后实时训练小型网络，看决策边界逐渐成形。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="69"/>
        <source>Free software under the {name} licence.</source>
        <translation>自由软件，采用 {name} 许可证。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="73"/>
        <source>Running on</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="87"/>
        <source>The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: anyone may use, copy, change and share it, keeping the copyright and permission notice.</source>
        <translation>此 bpviz 副本未附带许可证全文。bpviz 采用 {name} 许可证：任何人都可以使用、复制、修改和分享它，但须保留版权声明和许可声明。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="97"/>
        <source>Show the licence</source>
        <translation>显示许可证</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="123"/>
        <source>Hide the licence</source>
        <translation>隐藏许可证</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="105"/>
        <source>Could not keep a recovery copy of “{name}” ({reason}). Save your work to keep it safe.</source>
        <translation>无法保存“{name}”的恢复副本（{reason}）。请保存你的工作，以免丢失。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="135"/>
        <source>the lock file {path} cannot be created</source>
        <translation>无法创建锁文件 {path}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="39"/>
        <source>This data has {d} inputs: the plot shows data with 1 or 2 inputs.</source>
        <translation>此数据有 {d} 个输入：此图只能显示 1 个或 2 个输入的数据。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="40"/>
        <source>No output map: {problem}</source>
        <translation>没有输出图：{problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="41"/>
        <source>No data yet: choose a data set in the Data panel.</source>
        <translation>还没有数据：请在数据面板中选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="42"/>
        <source>The network's output is not a finite number: restore the last finite weights</source>
        <translation>网络的输出不是有限数：请恢复上一次的有限权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="127"/>
        <source>network output y</source>
        <translation>网络输出 y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="188"/>
        <source>target t · output y</source>
        <translation>目标值 t · 输出 y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="326"/>
        <source>the network does not read this plane</source>
        <translation>网络不读取这个平面</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="361"/>
        <source>class {k} (t = {t})</source>
        <translation>类别 {k}（t = {t}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="362"/>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="364"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="365"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="367"/>
        <source>network y</source>
        <translation>网络 y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="370"/>
        <source>background: the predicted class, greyer where unsure</source>
        <translation>背景：预测的类别，越不确定越灰</translation>
    </message>
</context>
<context>
    <name>CanvasAccessible</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="50"/>
        <source>loss, {name}</source>
        <translation>损失，{name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="53"/>
        <source>input {j}, {x}</source>
        <translation>输入 {j}，{x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="55"/>
        <source>neuron {j} of layer {l}, {f}</source>
        <translation>第 {l} 层神经元 {j}，{f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="57"/>
        <source>bias {b} of neuron {j} of layer {l}</source>
        <translation>第 {l} 层神经元 {j} 的偏置 {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="59"/>
        <source>weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>权重 {w}，从第 {k} 层神经元 {i} 到第 {l} 层神经元 {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="69"/>
        <source>L not yet computed</source>
        <translation>L 尚未计算</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="73"/>
        <source>{x} not yet computed</source>
        <translation>{x} 尚未计算</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="180"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="198"/>
        <source>The network: Tab and the arrow keys move between its neurons, weights and the loss; Enter edits the focused one.</source>
        <translation>网络：用 Tab 键和方向键在它的神经元、权重和损失之间移动；按 Enter 编辑聚焦的对象。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="252"/>
        <source>Step {n}: the start, nothing computed yet</source>
        <translation>第 {n} 步：开始，尚未计算任何值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="254"/>
        <source>Loss: L = {L}</source>
        <translation>损失：L = {L}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="256"/>
        <source>Update, layer {l}: its weights and biases take their new values</source>
        <translation>更新，第 {l} 层：它的权重和偏置取新值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="259"/>
        <source>Forward, layer {l}, neuron {j}: z = {z}, x = {x}</source>
        <translation>前向传播，第 {l} 层，神经元 {j}：z = {z}，x = {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="261"/>
        <source>Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}</source>
        <translation>反向传播，第 {l} 层，神经元 {j}：δ = {delta}，∂L/∂b = {db}</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="22"/>
        <source>{what}: “{text}” is not a whole number</source>
        <translation>{what}：“{text}”不是整数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="23"/>
        <source>{what}: {low} to {high}, not {value}</source>
        <translation>{what}：应为 {low} 到 {high}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="24"/>
        <source>{what}: at most {digits} digits after the decimal point, not {text}</source>
        <translation>{what}：小数点后最多 {digits} 位，而不是 {text}</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../../bpviz/ui/look/colour_legend.py" line="60"/>
        <source>{title}: orange is negative, grey is 0, blue is positive; full colour at ±{scale!r}</source>
        <translation>{title}：橙色为负，灰色为 0，蓝色为正；在 ±{scale!r} 处颜色最深</translation>
    </message>
</context>
<context>
    <name>CsvBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="23"/>
        <source>Could not import {name}: {problem}. Nothing was imported.</source>
        <translation>无法导入 {name}：{problem}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="24"/>
        <source>Could not export to {name}: {problem}</source>
        <translation>无法导出到 {name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="25"/>
        <source>There is no data set to export yet.</source>
        <translation>还没有可导出的数据集。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="26"/>
        <source>Import of {name} cancelled; the data is as it was.</source>
        <translation>已取消导入 {name}；数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="48"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="51"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="52"/>
        <source>Read points from a CSV file: inputs first, the target last</source>
        <translation>从 CSV 文件读取数据点：先是输入，最后一列是目标值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="54"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="55"/>
        <source>Write the points (with any you drew) to a CSV file</source>
        <translation>把数据点（包括你画的点）写入 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="77"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="78"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="84"/>
        <source>exact 0</source>
        <translation>恰为 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="114"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>DataLab</name>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="157"/>
        <source>There is no data set: choose one in the Data panel.</source>
        <translation>没有数据集：请在数据面板中选择一个。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="159"/>
        <source>The data set has no points yet: click on the data plot to add some.</source>
        <translation>数据集中还没有点：在数据图上单击即可添加。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="162"/>
        <source>The network has {n} inputs but the data gives {want} ({names}).</source>
        <translation>网络有 {n} 个输入，但数据给出 {want} 个（{names}）。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="165"/>
        <source>The network has {n} outputs but the data has {want} target columns.</source>
        <translation>网络有 {n} 个输出，但数据有 {want} 个目标值列。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="227"/>
        <source>Data: {name}</source>
        <translation>数据：{name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="235"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="245"/>
        <source>class {k} does not exist; this data has {n} classes</source>
        <translation>类别 {k} 不存在；此数据有 {n} 个类别</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="252"/>
        <source>Add a point</source>
        <translation>添加一个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="257"/>
        <source>there is no point {n}</source>
        <translation>没有第 {n} 个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="259"/>
        <source>the data set needs at least one point; clear it to start again</source>
        <translation>数据集至少需要一个点；若要重新开始，请清空它</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="263"/>
        <source>Remove a point</source>
        <translation>删除一个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="270"/>
        <source>Clear the data</source>
        <translation>清空数据</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="275"/>
        <source>the test share is 0 % to 90 %, not {share:.0%}</source>
        <translation>测试比例应为 0 % 到 90 %，而不是 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="277"/>
        <source>Test share {share:.0%}</source>
        <translation>测试比例 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="283"/>
        <source>choose at least one input feature</source>
        <translation>请至少选择一个输入特征</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="285"/>
        <source>input features apply to 2-D data only</source>
        <translation>输入特征只适用于二维数据</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="289"/>
        <source>Inputs: {names}</source>
        <translation>输入：{names}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="295"/>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="301"/>
        <source>choose a data set first, or clear one to draw on</source>
        <translation>请先选择一个数据集，或清空数据集后在上面画点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="332"/>
        <source>inputs {a} → {b}</source>
        <translation>输入 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="334"/>
        <source>outputs {a} → {b}</source>
        <translation>输出 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="336"/>
        <source>output activation {a} → {b}</source>
        <translation>输出激活函数 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="339"/>
        <source>loss {a} → {b}</source>
        <translation>损失 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="342"/>
        <source>regression learns with linear outputs and mean squared error</source>
        <translation>回归使用线性输出和均方误差来学习</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="343"/>
        <source>two classes learn with one sigmoid output and cross-entropy</source>
        <translation>两个类别使用一个 sigmoid 输出和交叉熵来学习</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="344"/>
        <source>{k} classes learn with a softmax output per class and cross-entropy</source>
        <translation>{k} 个类别使用每类一个 softmax 输出和交叉熵来学习</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="346"/>
        <source>To fit {name}: {changes} ({why}). Undo puts them back.</source>
        <translation>为适配 {name}：{changes}（{why}）。撤销可以恢复原样。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="28"/>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="29"/>
        <source>Gaussian blobs</source>
        <translation>高斯簇</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="31"/>
        <source>1-D curve (regression)</source>
        <translation>一维曲线（回归）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="32"/>
        <source>2-D plane (regression)</source>
        <translation>二维平面（回归）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="37"/>
        <source>Your own points</source>
        <translation>自己画的点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="38"/>
        <source>Choose a data set…</source>
        <translation>选择数据集…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="41"/>
        <source>Keep at least one input feature checked: the network needs an input.</source>
        <translation>请至少保留一个勾选的输入特征：网络需要输入。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="94"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="102"/>
        <source>Which points the network learns from</source>
        <translation>网络从哪些点学习</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="105"/>
        <source>How many classes (Gaussian blobs and spiral)</source>
        <translation>类别数（高斯簇和螺旋）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="106"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>How many points to generate</source>
        <translation>生成多少个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="109"/>
        <source>The random seed: the same seed gives the same points</source>
        <translation>随机种子：相同的种子生成相同的点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="110"/>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="114"/>
        <source>How much the points are jittered</source>
        <translation>数据点的抖动程度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="115"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="116"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="117"/>
        <source>New points from the next seed</source>
        <translation>用下一个种子生成新的点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="120"/>
        <source>The share of points held out to test on</source>
        <translation>留作测试的点所占的比例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="121"/>
        <source>Test share</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="137"/>
        <source>classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="145"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="152"/>
        <source>Input features (2-D data)</source>
        <translation>输入特征（二维数据）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="157"/>
        <source>Feed {feature} to the network as an input</source>
        <translation>把 {feature} 作为输入送入网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="320"/>
        <source>The input layer now has 1 neuron</source>
        <translation>输入层现在有 1 个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="321"/>
        <source>The input layer now has {k} neurons</source>
        <translation>输入层现在有 {k} 个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has 1 neuron</source>
        <translation>输入层有 1 个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has {k} neurons</source>
        <translation>输入层有 {k} 个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="331"/>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="332"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>1 point</source>
        <translation>1 个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>{n} points</source>
        <translation>{n} 个点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="337"/>
        <source>{train} train / {test} test</source>
        <translation>训练 {train} / 测试 {test}</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="17"/>
        <source>Put back the last weights that were all finite numbers, then try a smaller α</source>
        <translation>恢复上一次全为有限数的权重，然后试试更小的 α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="33"/>
        <source>Restore last finite weights</source>
        <translation>恢复上次的有限权重</translation>
    </message>
</context>
<context>
    <name>DockEnlarger</name>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="47"/>
        <source>⤡ Back in the window</source>
        <translation>⤡ 放回窗口</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="48"/>
        <source>Put the map back in its place in the window (F7)</source>
        <translation>把图放回窗口中原来的位置（F7）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="50"/>
        <source>⤢ Enlarge</source>
        <translation>⤢ 放大</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="51"/>
        <source>Show the map large, over the window (F7)</source>
        <translation>在窗口上方放大显示此图（F7）</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="273"/>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="289"/>
        <source>the example and learning rate must be finite, and α ≥ 0</source>
        <translation>示例和学习率必须是有限数，且 α ≥ 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="331"/>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="344"/>
        <source>The example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="375"/>
        <source>nothing to focus at {focus}</source>
        <translation>{focus} 处没有可聚焦的对象</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="74"/>
        <source>no sample {n} in a batch of {B}</source>
        <translation>{B} 个样本的批中没有第 {n} 个样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="92"/>
        <source>no such sample</source>
        <translation>没有这个样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="144"/>
        <source>the example needs {inputs} inputs and {targets} targets</source>
        <translation>示例需要 {inputs} 个输入和 {targets} 个目标值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="157"/>
        <source>Set learning rate</source>
        <translation>设置学习率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on a batch of {B}</source>
        <translation>在 {B} 个样本的批上走一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on one sample</source>
        <translation>在一个样本上走一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="160"/>
        <source>Set example</source>
        <translation>设置示例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="166"/>
        <source>a batch holds 1 to {max} samples</source>
        <translation>一批包含 1 到 {max} 个样本</translation>
    </message>
</context>
<context>
    <name>DrawPointsBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="24"/>
        <source>Click the plot to add a point · right-click removes one · Ctrl+click steps with it</source>
        <translation>单击图上添加一个点 · 右键单击删除一个点 · Ctrl+单击用该点走一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="35"/>
        <source>Draw your own</source>
        <translation>自己画点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="47"/>
        <source>A click on the plot adds a point of class {k}</source>
        <translation>在图上单击会添加一个类别 {k} 的点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="53"/>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="59"/>
        <source>A click on the plot adds a point with this target t</source>
        <translation>在图上单击会添加一个目标值为 t 的点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="63"/>
        <source>the height of your click</source>
        <translation>单击位置的高度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="64"/>
        <source>1-D data: a click at (x, t) adds input x with target t</source>
        <translation>一维数据：在 (x, t) 处单击会添加输入 x、目标值 t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="66"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="68"/>
        <source>Clear points</source>
        <translation>清空点</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="69"/>
        <source>Remove every point, to draw your own (undo brings them back)</source>
        <translation>删除所有点，以便自己画点（撤销可以恢复）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="95"/>
        <source>Target t</source>
        <translation>目标值 t</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="33"/>
        <source>Learning rate α: it must be 0 or more (it is the size of a step downhill)</source>
        <translation>学习率 α：必须为 0 或更大（它是下坡每一步的大小）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="34"/>
        <source>Learning rate α: at most {max_lr:g}</source>
        <translation>学习率 α：最大为 {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="35"/>
        <source>The table holds an example of its own, not this sample of the data set; pick a sample to step on it</source>
        <translation>表中是你自己的示例，而不是数据集的这个样本；选择一个样本即可在它上面走一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="37"/>
        <source>How many samples one step runs on (a mini-batch): each sample's forward and backward pass, then the mean of their losses and gradients, which the update uses. With a data set, the step takes its next samples; otherwise type each sample's values in the table.</source>
        <translation>一步使用多少个样本（小批量）：先对每个样本做前向传播和反向传播，再对它们的损失和梯度取平均，更新使用的就是这个平均值。有数据集时，每一步取数据集中接下来的样本；否则请在表中输入每个样本的值。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="41"/>
        <source>Which sample of the batch the table, the canvas and the Inspector show. The loss, ∂L/∂w and the update are the batch's: the means over its samples.</source>
        <translation>表格、画布和检查器显示批中的哪个样本。损失、∂L/∂w 和更新属于整个批：是对批中样本取的平均。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="43"/>
        <source>Not yet computed: step through the forward pass to reach this output neuron</source>
        <translation>尚未计算：逐步执行前向传播，直到这个输出神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="70"/>
        <source>y_k = x_k^(L), the network's output, once the forward pass has computed it</source>
        <translation>y_k = x_k^(L)，网络的输出，前向传播算出后显示</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="79"/>
        <source>Double-click or start typing to change an input or a target</source>
        <translation>双击或直接输入，即可修改输入或目标值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="83"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w (0 or more; press Enter to apply)</source>
        <translation>α，下坡每一步的大小：w ← w − α ∂L/∂w（0 或更大；按 Enter 应用）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="87"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="90"/>
        <source>Which sample of the data set to step on; finishing a step moves on to the next one</source>
        <translation>在数据集的哪个样本上走一步；走完一步后自动移到下一个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="104"/>
        <source>Batch</source>
        <translation>批</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="110"/>
        <source>Showing sample</source>
        <translation>显示的样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="124"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="126"/>
        <source>Showing</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="214"/>
        <source>input {x}</source>
        <translation>输入 {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="215"/>
        <source>target {t}</source>
        <translation>目标值 {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> sample</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="275"/>
        <source>of {B}</source>
        <translation>/ {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="295"/>
        <source>to {last} of {n}</source>
        <translation>至 {last} / {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="297"/>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="300"/>
        <source>no sample: the example is your own</source>
        <translation>无样本：示例是你自己的</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="306"/>
        <source>custom example</source>
        <translation>自定义示例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="309"/>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="311"/>
        <source>sample {n}: {what}</source>
        <translation>样本 {n}：{what}</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="52"/>
        <source>All weights and biases</source>
        <translation>所有权重和偏置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="53"/>
        <source>Check every parameter instead of the focused weight or neuron</source>
        <translation>检验每个参数，而不只是聚焦的权重或神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="58"/>
        <source>The step ε of the central difference</source>
        <translation>中心差分的步长 ε</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Numerical</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Rel. diff.</source>
        <translation>相对差</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="66"/>
        <source>The weight w_ji^(l) or bias b_j^(l)</source>
        <translation>权重 w_ji^(l) 或偏置 b_j^(l)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="67"/>
        <source>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass</source>
        <translation>∂L/∂w = δ_j x_i（∂L/∂b = δ_j），来自反向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="68"/>
        <source>(L(w + ε) − L(w − ε)) / 2ε, from the loss alone</source>
        <translation>(L(w + ε) − L(w − ε)) / 2ε，只用损失计算</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="69"/>
        <source>|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above</source>
        <translation>|a − b| / max(|a|, |b|)：小于 {agree:g} 为 ✓，大于为 ⚠</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="182"/>
        <source>Backprop: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.</source>
        <translation>反向传播：∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;，∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;。数值：(L(w + ε) − L(w − ε)) / 2ε，其中 ε = {eps}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="185"/>
        <source>Checking the first {shown:,} of {total:,} parameters.</source>
        <translation>检验 {total:,} 个参数中的前 {shown:,} 个。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="195"/>
        <source>Click a weight or a neuron to check its gradient, or tick “All weights and biases”.</source>
        <translation>单击一个权重或神经元来检验它的梯度，或勾选“所有权重和偏置”。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="218"/>
        <source>Not a finite number: the weights have diverged.</source>
        <translation>不是有限数：权重已发散。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="221"/>
        <source>Backpropagation and the finite difference agree to better than {agree:g}.</source>
        <translation>反向传播与有限差分的结果一致，误差小于 {agree:g}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="225"/>
        <source>They differ by more than {agree:g}. The finite difference keeps only the digits the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.</source>
        <translation>两者相差超过 {agree:g}。有限差分只保留损失的舍入误差所允许的位数：当 ∂L/∂w 相对 L 非常小时，请试试更大的 ε。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="239"/>
        <source>&lt;span style='color:#8a8a8a'&gt;Some numbers are not finite: the weights have diverged.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a8a8a'&gt;有些数不是有限数：权重已发散。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="243"/>
        <source>✓ All {n} agree: the largest relative difference is {worst}.</source>
        <translation>✓ 全部 {n} 个一致：最大相对差为 {worst}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="246"/>
        <source>⚠ {k} of {n} differ by more than {agree:g}.</source>
        <translation>⚠ {n} 个中有 {k} 个相差超过 {agree:g}。</translation>
    </message>
</context>
<context>
    <name>GradientHealthNote</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="26"/>
        <source>Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.</source>
        <translation>第 {l} 层已死亡：它的 {n} 个 ReLU 神经元对每个训练样本都有 z ≤ 0，因此 x = 0 且 f′(z) = 0。没有梯度能反向穿过这一层：第 {below} 层的 ∂L/∂W 恰好为 0，这些权重再也学不动了。请试试{advice}，然后重新初始化。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="30"/>
        <source>Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient reaches the layers before it. The Gradients tab says what to try.</source>
        <translation>第 {l} 层已死亡：那里的每个 ReLU 神经元对每个样本都有 z ≤ 0，因此没有梯度能到达它之前的各层。“梯度”选项卡会告诉你该试什么。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="32"/>
        <source>a smaller α (now {lr:g})</source>
        <translation>更小的 α（当前为 {lr:g}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="33"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="34"/>
        <source>He initialisation</source>
        <translation>He 初始化</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="35"/>
        <source>The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer change. Look for a dead layer after it, or Re-initialise with a smaller α.</source>
        <translation>上一轮中第 {l} 层的梯度恰好为 0：它的权重不再变化。请检查它之后是否有死亡的层，或用更小的 α 重新初始化。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="38"/>
        <source>Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights get no gradient). Leaky ReLU keeps a small slope below 0.</source>
        <translation>死亡：第 {l} 层 {n} 个 ReLU 神经元中有 {k} 个（对每个样本 z ≤ 0；它们的权重得不到梯度）。Leaky ReLU 在 0 以下保留一个小斜率。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="40"/>
        <source>Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is the vanishing gradient; ReLU, or smaller starting weights, helps.</source>
        <translation>饱和：第 {l} 层 {n} 个 {f} 神经元中有 {k} 个的 f′(z) 平均低于其最大斜率的 {share:.0%}，因此它们的 δ 很小，但不为 0：它们学得很慢。这就是梯度消失；改用 ReLU 或更小的初始权重会有帮助。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="51"/>
        <source>(looked at on {n} of the {total} training samples)</source>
        <translation>（基于 {total} 个训练样本中的 {n} 个）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="145"/>
        <source>{first} or {last}</source>
        <translation>{first} 或 {last}</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="59"/>
        <source>Paths from {w} to {L}: {n}</source>
        <translation>从 {w} 到 {L} 的路径：{n} 条</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="61"/>
        <source>The first {shown} of {n} paths are written; the sum is over all {n}.</source>
        <translation>这里写出了 {n} 条路径中的前 {shown} 条；求和是对全部 {n} 条进行的。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="67"/>
        <source>The sum of the paths: {total} = {gradient}</source>
        <translation>路径之和：{total} = {gradient}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="70"/>
        <source>as backpropagation computes it: {delta} {x} = {value}</source>
        <translation>与反向传播算出的相同：{delta} {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="74"/>
        <source>which the backward pass computes as δ x when it reaches layer {l}</source>
        <translation>反向传播到达第 {l} 层时会把它算作 δ x</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="79"/>
        <source>The batch's gradient, which the update uses, is the mean of the {B} samples' own: {gradient} = (1/{B})·({terms}) = {value}</source>
        <translation>更新所用的批梯度是 {B} 个样本各自梯度的平均：{gradient} = (1/{B})·({terms}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="84"/>
        <source>Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.</source>
        <translation>前向传播算出某条局部导数所指向的节点后，这个局部导数就已知了：随后路径之和会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="86"/>
        <source>Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} multiplications; forward mode, one pass through the network for each of them, would take {f:,}.</source>
        <translation>反向模式（反向传播）用 {r:,} 次乘法求出此网络全部 {p} 个 ∂L/∂w 和 ∂L/∂b；前向模式要为每个参数各做一遍网络计算，需要 {f:,} 次。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="195"/>
        <source>Orange: ∂L/∂ of each box · outlined: this event · purple: the focused weight's paths to L (click a product)</source>
        <translation>橙色：每个节点的 ∂L/∂ · 加框：当前事件 · 紫色：聚焦权重到 L 的路径（单击一个乘积）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="198"/>
        <source>Too many operations to draw: neuron {j} of layer {l}'s are drawn, its weight's paths written below</source>
        <translation>运算太多，无法全部画出：只画出第 {l} 层神经元 {j} 的运算，其权重的路径写在下方</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="201"/>
        <source>Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's mean below · </source>
        <translation>批中 {B} 个样本的第 {n} 个：每个 ∂ 都是对它自己的损失 L{sub} 求的，批的平均在下方 · </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="205"/>
        <source>The step's operations, each with its value and (orange) its ∂L/∂. Outlined: what this event computes · purple: the focused weight's paths to L (click a product to choose) · drag to see more, Ctrl +/− to zoom.</source>
        <translation>这一步的运算，每个都带有它的值和（橙色的）∂L/∂。加框：当前事件计算的内容 · 紫色：聚焦权重到 L 的路径（单击一个乘积来选择）· 拖动可查看更多，Ctrl +/− 缩放。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="86"/>
        <source>Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.</source>
        <translation>网络 {sizes}，激活函数 {activations}，损失 {loss}，学习率 α = {lr}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="89"/>
        <source>The output is y = {y}.</source>
        <translation>输出为 y = {y}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="91"/>
        <source>Sample {k}: input {x} = ({input}); target t = ({target}).</source>
        <translation>样本 {k}：输入 {x} = ({input})；目标值 t = ({target})。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="94"/>
        <source>A batch of {B} samples: the loss is the mean of theirs, and the update uses the mean of their gradients.</source>
        <translation>一批 {B} 个样本：损失是它们损失的平均，更新使用它们梯度的平均。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="97"/>
        <source>Input {x} = ({input}); target t = ({target}).</source>
        <translation>输入 {x} = ({input})；目标值 t = ({target})。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (output)</source>
        <translation>第 {l} 层（输出层）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (hidden)</source>
        <translation>第 {l} 层（隐藏层）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="145"/>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="150"/>
        <source>In general:</source>
        <translation>一般形式：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="166"/>
        <source>Weights before → after</source>
        <translation>权重：更新前 → 更新后</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Before</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>After</source>
        <translation>更新后</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Equation</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="229"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="59"/>
        <source>the picture of the network could not be encoded</source>
        <translation>无法编码网络的图片</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="167"/>
        <source>choose a file name ending in .pdf, .html or .md</source>
        <translation>请选择以 .pdf、.html 或 .md 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="206"/>
        <source>this network has {n:,} weights and biases; a handout writes out every equation, so it is made for networks of up to {limit:,}</source>
        <translation>此网络有 {n:,} 个权重和偏置；讲义会写出每一个公式，所以只适用于最多 {limit:,} 个参数的网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="212"/>
        <source>this step's numbers are not all finite (the weights have diverged); restore finite weights first</source>
        <translation>这一步的数并非全是有限数（权重已发散）；请先恢复有限权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="224"/>
        <source>Cannot export the worked example: {reason}.</source>
        <translation>无法导出算例：{reason}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="233"/>
        <source>One step of backpropagation: {name}</source>
        <translation>反向传播的一步：{name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="242"/>
        <source>Could not export {name}: {reason}. Nothing was written; your work is unchanged.</source>
        <translation>无法导出 {name}：{reason}。未写入任何内容；你的工作没有改变。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="245"/>
        <source>Exported the worked example in matrix form to {files}</source>
        <translation>已将矩阵形式的算例导出到 {files}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="246"/>
        <source>Exported the worked example to {files}</source>
        <translation>已将算例导出到 {files}</translation>
    </message>
</context>
<context>
    <name>HintOverlay</name>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="53"/>
        <source>step forward / back through the algorithm, one neuron at a time</source>
        <translation>在算法中前进 / 后退，一次一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="54"/>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="55"/>
        <source>a neuron, an edge or the loss: its equations, with the numbers</source>
        <translation>神经元、边或损失：显示它的公式和数值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="56"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="57"/>
        <source>type a new weight or bias</source>
        <translation>输入新的权重或偏置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="58"/>
        <source>train on a data set, and pause</source>
        <translation>在数据集上训练，以及暂停</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="59"/>
        <source>every keyboard shortcut</source>
        <translation>所有键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="77"/>
        <source>Getting started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="101"/>
        <source>Press any key or click to begin. Help ▸ Show hints brings these back.</source>
        <translation>按任意键或单击开始。“帮助 ▸ 显示提示”可再次显示这些提示。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="37"/>
        <source>f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however large ∂L/∂x is; its incoming weights barely learn.</source>
        <translation>f'(z) ≈ 0：这个神经元已饱和，所以无论 ∂L/∂x 多大，δ = ∂L/∂x · f'(z) 都很小；它的输入权重几乎学不动。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="39"/>
        <source>With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t directly: a confidently wrong output still learns fast.</source>
        <translation>在 {f} 输出后使用交叉熵时，∂L/∂y 与 f'(z) 相互抵消，所以直接有 δ = y − t：即使输出错得很自信，也能学得很快。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="41"/>
        <source>The output is y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; is ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</source>
        <translation>输出为 y = x&lt;sup&gt;({L})&lt;/sup&gt;：∂L/∂y&lt;sub&gt;k&lt;/sub&gt; 就是 ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="43"/>
        <source>An input has no weights of its own: the backward pass stops at layer 1.</source>
        <translation>输入没有自己的权重：反向传播在第 1 层停止。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="44"/>
        <source>The value this step's forward pass uses.</source>
        <translation>这一步的前向传播所用的值。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="45"/>
        <source>This network has {n:,} parameters; equations are written out with their numbers up to {limit:,}. The values below are the trace's.</source>
        <translation>此网络有 {n:,} 个参数；参数不超过 {limit:,} 个时才会写出带数值的公式。下面的值来自计算记录。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="47"/>
        <source>… and {n:,} more incoming weights: see the weights table.</source>
        <translation>……还有 {n:,} 个输入权重：请查看权重表。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="48"/>
        <source>Nothing in focus: click a neuron, an edge or the loss.</source>
        <translation>没有聚焦的对象：请单击一个神经元、一条边或损失。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="71"/>
        <source>Matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="72"/>
        <source>Write the focused layer's step as vectors and matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of neuron by neuron (X)</source>
        <translation>用向量和矩阵写出聚焦层的这一步（z = W x + b，δ = (W)ᵀ δ ⊙ f'(z)，∂L/∂W = δ xᵀ），而不是逐个神经元地写（X）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="227"/>
        <source>Step {step} · {event}</source>
        <translation>第 {step} 步 · {event}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="229"/>
        <source>Step {step} · start: nothing computed yet</source>
        <translation>第 {step} 步 · 开始：尚未计算任何值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="231"/>
        <source>sample {n} of {B}</source>
        <translation>样本 {n}/{B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="272"/>
        <source>Neuron {j} of layer {l} (output) · {f}</source>
        <translation>第 {l} 层神经元 {j}（输出层）· {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="273"/>
        <source>Neuron {j} of layer {l} · {f}</source>
        <translation>第 {l} 层神经元 {j} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="275"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="278"/>
        <source>Update · α = {lr}</source>
        <translation>更新 · α = {lr}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="295"/>
        <source>Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})</source>
        <translation>权重 {w}（从第 {k} 层神经元 {i} 到第 {l} 层神经元 {j}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="302"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="303"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="313"/>
        <source>Loss · {loss}</source>
        <translation>损失 · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="317"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="318"/>
        <source>Its derivative for each output</source>
        <translation>它对每个输出的导数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="325"/>
        <source>Input {i} of sample {n} of the data set “{name}”.</source>
        <translation>数据集“{name}”中样本 {n} 的输入 {i}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="328"/>
        <source>Input {i} of the example, as set for this step.</source>
        <translation>示例的输入 {i}，按这一步的设置。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="329"/>
        <source>Input {i} · layer 0</source>
        <translation>输入 {i} · 第 0 层</translation>
    </message>
</context>
<context>
    <name>InspectorMatrix</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="26"/>
        <source>Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus another neuron to move them; the weights table has every number.</source>
        <translation>第 {l} 层有 {n} 个神经元；显示的是：{shown}，⋯ 代表其余的。聚焦另一个神经元可以移动显示范围；权重表中有全部数值。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="28"/>
        <source>rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="29"/>
        <source>columns {first}–{last}</source>
        <translation>第 {first}–{last} 列</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="30"/>
        <source>A batch of {B} samples: X, Z and Δ have a column per sample; the shown sample's is highlighted ({n}). The gradients are the mean over the columns.</source>
        <translation>一批 {B} 个样本：X、Z 和 Δ 每个样本占一列；显示的样本所在列已高亮（{n}）。梯度是对各列取的平均。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="33"/>
        <source>The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the others. Show another sample (Example panel) to move them.</source>
        <translation>这批有 {B} 个样本；显示的是：样本 {first}–{last}，⋯ 代表其余的。显示另一个样本（示例面板）可以移动显示范围。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="35"/>
        <source>The matrix form is written for a step without a weight penalty.</source>
        <translation>矩阵形式只适用于没有权重惩罚的一步。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="36"/>
        <source>Forward pass · layer {l}</source>
        <translation>前向传播 · 第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="37"/>
        <source>Backward pass · layer {l}</source>
        <translation>反向传播 · 第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="38"/>
        <source>Update · layer {l}</source>
        <translation>更新 · 第 {l} 层</translation>
    </message>
</context>
<context>
    <name>LastEpochBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="19"/>
        <source>Mean loss over the set, penalty included, after the last epoch</source>
        <translation>上一轮之后整个数据集上的平均损失（含惩罚项）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="20"/>
        <source>Share of samples the network classifies right, after the last epoch</source>
        <translation>上一轮之后网络分类正确的样本比例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="28"/>
        <source>Last epoch</source>
        <translation>上一轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="44"/>
        <source>loss L</source>
        <translation>损失 L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="45"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="61"/>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="62"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} 轮/秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="71"/>
        <source>Cannot train yet: {problem}</source>
        <translation>还不能训练：{problem}</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="68"/>
        <source>unknown action {kind!r}</source>
        <translation>未知的动作 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="93"/>
        <source> of layer {layer}</source>
        <translation>：第 {layer} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="94"/>
        <source>, neuron {j}</source>
        <translation>，神经元 {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="95"/>
        <source>the step-through has no {phase} event{where}{who} in this network</source>
        <translation>此网络的逐步演示中没有 {phase} 事件{where}{who}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="105"/>
        <source>the network (layer sizes {sizes}) has no {name}</source>
        <translation>网络（各层大小 {sizes}）中没有 {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="114"/>
        <source>edge w_{j}{i}^({layer})</source>
        <translation>边 w_{j}{i}^({layer})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="117"/>
        <source>neuron {j} in layer {layer}</source>
        <translation>第 {layer} 层神经元 {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="126"/>
        <source>the network has layers 0 to {L}, not {layer}</source>
        <translation>网络的层为 0 到 {L}，而不是 {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="132"/>
        <source>the network has weighted layers 1 to {L}, not {layer}</source>
        <translation>网络的带权重层为 1 到 {L}，而不是 {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>exactly</source>
        <translation>要求精确</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>to within {gap}</source>
        <translation>误差在 {gap} 以内</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="65"/>
        <source>to within {gap} × the value</source>
        <translation>误差在该值的 {gap} 倍以内</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="66"/>
        <source>to {digits} significant digits</source>
        <translation>保留 {digits} 位有效数字</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="76"/>
        <source>the number of the layer with the smallest gradient</source>
        <translation>梯度最小的那一层的编号</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="81"/>
        <source>{symbol} after the update</source>
        <translation>更新后的 {symbol}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="90"/>
        <source>no epoch has been trained yet: train first, then read the gradients</source>
        <translation>还没有训练过任何一轮：请先训练，再读取梯度</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="33"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="34"/>
        <source>Guided walks through backpropagation, one equation at a time. Pick one and press Enter.</source>
        <translation>带你一步步走过反向传播，一次一个公式。选择一课，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="52"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="53"/>
        <source>Start the lesson, or carry on where you left it</source>
        <translation>开始这一课，或从上次离开的地方继续</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="55"/>
        <source>Start &amp;over</source>
        <translation>重新开始(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="56"/>
        <source>Begin the lesson again from its first step</source>
        <translation>从第一步重新开始这一课</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="58"/>
        <source>&amp;Open lesson file…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="59"/>
        <source>Read a lesson written as a TOML file (see the README)</source>
        <translation>读取一个以 TOML 文件编写的课程（见 README）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="122"/>
        <source>✓ You finished “{title}”. Choose the next lesson.</source>
        <translation>✓ 你已完成“{title}”。请选择下一课。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="146"/>
        <source>{name}
⚠ Cannot be used: see below</source>
        <translation>{name}
⚠ 无法使用：见下方</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="155"/>
        <source>No lessons found.</source>
        <translation>没有找到课程。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="157"/>
        <source>&lt;b&gt;{name} cannot be used:&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;{name} 无法使用：&lt;/b&gt;&lt;br&gt;{error}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="163"/>
        <source>&amp;Resume at step {n}</source>
        <translation>从第 {n} 步继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="38"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="87"/>
        <source>{name} is not a usable lesson ({count} problem(s)); the Lesson panel lists them.</source>
        <translation>{name} 不是可用的课程（{count} 个问题）；课程面板中列出了这些问题。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="80"/>
        <source>Type a number, e.g. 0.378</source>
        <translation>输入一个数，例如 0.378</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="82"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="83"/>
        <source>Check your answer or what you did (Enter)</source>
        <translation>检查你的答案或你的操作（Enter）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="110"/>
        <source>◂ &amp;Back</source>
        <translation>◂ 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="111"/>
        <source>The previous step (the lesson sets the network up again)</source>
        <translation>上一步（课程会重新设置网络）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="113"/>
        <source>&amp;Leave</source>
        <translation>离开(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="114"/>
        <source>Close the lesson; it resumes at this step next time</source>
        <translation>关闭课程；下次会从这一步继续</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="196"/>
        <source>Step {n} of {m}</source>
        <translation>第 {n} 步，共 {m} 步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="210"/>
        <source>Your value of {symbol}, {tolerance}; Enter checks it</source>
        <translation>你算出的 {symbol}，{tolerance}；按 Enter 检查</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>Finish ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>&amp;Next ▸</source>
        <translation>下一步(&amp;N) ▸</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="223"/>
        <source>Do the task first</source>
        <translation>请先完成任务</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Your turn</source>
        <translation>轮到你了</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Edit the network</source>
        <translation>编辑网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="245"/>
        <source>Change the network</source>
        <translation>修改网络</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="79"/>
        <source>step {n} of {m}</source>
        <translation>第 {n}/{m} 步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="82"/>
        <source>▶ Open: {where}</source>
        <translation>▶ 已打开：{where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done · again at {where}</source>
        <translation>✓ 已完成 · 重学到{where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>◐ In progress: {where}</source>
        <translation>◐ 进行中：{where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>○ Not started</source>
        <translation>○ 未开始</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="148"/>
        <source>This task cannot be checked: {reason}.</source>
        <translation>无法检查这个任务：{reason}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="151"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="153"/>
        <source>Not yet: {hint}</source>
        <translation>还不对：{hint}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="154"/>
        <source>Not yet.</source>
        <translation>还不对。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="186"/>
        <source>Lesson step {n}: could not {what}: {reason}.</source>
        <translation>课程第 {n} 步：无法执行 {what}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="194"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="202"/>
        <source>Right: layer {n} has the smallest gradient.</source>
        <translation>正确：第 {n} 层的梯度最小。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="204"/>
        <source>Right: {symbol} = {value}</source>
        <translation>正确：{symbol} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="210"/>
        <source>Not yet: layer {typed} is not the one.</source>
        <translation>还不对：不是第 {typed} 层。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="212"/>
        <source>Not yet: {typed} is not {symbol} {tolerance}.</source>
        <translation>还不对：{typed} 不是 {symbol} {tolerance}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="215"/>
        <source>Check the sign.</source>
        <translation>检查一下正负号。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="219"/>
        <source>The engine's value is {value}; type it to go on.</source>
        <translation>程序算出的值是 {value}；输入它即可继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="101"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="103"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="104"/>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="106"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="107"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="108"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="109"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="110"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="111"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="112"/>
        <source>Weight matrices</source>
        <translation>权重矩阵</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="223"/>
        <source>Could not open {name}: {reason}. The current document is unchanged.</source>
        <translation>无法打开 {name}：{reason}。当前文档没有改变。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="238"/>
        <source>Could not open the preset {name}: {reason}</source>
        <translation>无法打开预设 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="259"/>
        <source>Could not save {name}: {reason}. Your work is still open and still unsaved.</source>
        <translation>无法保存 {name}：{reason}。你的工作仍然打开着，尚未保存。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="263"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="308"/>
        <source>The step runs on one sample: set Batch in the Example panel to step on several at once.</source>
        <translation>这一步只在一个样本上进行：在示例面板中设置“批”，即可一次在多个样本上走一步。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="377"/>
        <source>{what} changed: the step is recomputed from it, back at event {k} of {n}</source>
        <translation>{what} 已更改：这一步会据此重新计算，回到第 {k}/{n} 个事件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="382"/>
        <source>bpviz — {name}[*]</source>
        <translation>bpviz — {name}[*]</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../../bpviz/ui/shell/message_bar.py" line="53"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="24"/>
        <source>Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L to edit its bias, or an input neuron to edit the input.</source>
        <translation>那里没有可编辑的内容：选择一条边可编辑它的权重，选择第 1 到 L 层的神经元可编辑它的偏置，选择输入神经元可编辑输入。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="116"/>
        <source>New value of {what}: Enter sets it, Esc cancels</source>
        <translation>{what} 的新值：Enter 确定，Esc 取消</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="191"/>
        <source>Edit {what}…</source>
        <translation>编辑 {what}…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="208"/>
        <source>Add neuron to layer {l}</source>
        <translation>向第 {l} 层添加神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="209"/>
        <source>Remove this neuron</source>
        <translation>删除这个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="220"/>
        <source>Remove the last neuron of layer {l}</source>
        <translation>删除第 {l} 层的最后一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="243"/>
        <source>Add hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="244"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="252"/>
        <source>Add hidden layer before layer {l}</source>
        <translation>在第 {l} 层之前添加隐藏层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="255"/>
        <source>Add hidden layer after layer {l}</source>
        <translation>在第 {l} 层之后添加隐藏层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="258"/>
        <source>Remove layer {l}</source>
        <translation>删除第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="260"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="27"/>
        <source>Select a neuron first: click it, or move with Tab and the Up and Down keys.</source>
        <translation>请先选择一个神经元：单击它，或用 Tab 键和 ↑、↓ 键移动。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="29"/>
        <source>An input neuron and the loss have no incoming weights: W moves from a neuron of layer 1 or above to its weights, and back.</source>
        <translation>输入神经元和损失没有输入权重：W 键从第 1 层及以上的神经元移到它的输入权重，再按一次则移回。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="140"/>
        <source>Loss · {loss}</source>
        <translation>损失 · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="142"/>
        <source>Mean loss of {B} · {loss}</source>
        <translation>{B} 个样本的平均损失 · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="27"/>
        <source>Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.</source>
        <translation>饱和：f′(z) = {f_prime:.3g}，低于 {name} 最大斜率 {slope:g} 的 2 %，因此 δ = ∂L/∂x · f′(z) 会很小，它的权重几乎不会变化。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="30"/>
        <source>{not_yet}: step forward to reveal it</source>
        <translation>{not_yet}：向前走一步即可显示</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="34"/>
        <source>Edges: weight w</source>
        <translation>边：权重 w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="35"/>
        <source>Edges: gradient ∂L/∂w</source>
        <translation>边：梯度 ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="36"/>
        <source>Edges: Δw · labels: new w</source>
        <translation>边：Δw · 标签：新的 w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="37"/>
        <source>Neurons: output x</source>
        <translation>神经元：输出 x</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="38"/>
        <source>Neurons: error δ = ∂L/∂z</source>
        <translation>神经元：误差 δ = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="238"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Output · {f}</source>
        <translation>输出 · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Layer {l} · {f}</source>
        <translation>第 {l} 层 · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="265"/>
        <source>{header}: right-click for layer actions</source>
        <translation>{header}：右键单击可对层进行操作</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="268"/>
        <source>Loss L ({loss}) = {value}</source>
        <translation>损失 L（{loss}）= {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="270"/>
        <source>target {t} = {value} (double-click to edit)</source>
        <translation>目标值 {t} = {value}（双击编辑）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="278"/>
        <source>double-click to edit the weight</source>
        <translation>双击编辑权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="283"/>
        <source>double-click to edit the bias</source>
        <translation>双击编辑偏置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the input layer</source>
        <translation>向输入层添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the output layer</source>
        <translation>向输出层添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="291"/>
        <source>Add a neuron to layer {l}</source>
        <translation>向第 {l} 层添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="293"/>
        <source>Remove the last neuron of the input layer</source>
        <translation>删除输入层的最后一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="294"/>
        <source>Remove the last neuron of the output layer</source>
        <translation>删除输出层的最后一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="302"/>
        <source>input {x} = {value}
double-click to edit</source>
        <translation>输入 {x} = {value}
双击编辑</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="316"/>
        <source>{b} = {value} (double-click to edit)</source>
        <translation>{b} = {value}（双击编辑）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="145"/>
        <source>{symbol} at each point of the input plane with this target t</source>
        <translation>在输入平面每一点处、取这个目标值 t 时的 {symbol}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="146"/>
        <source>{symbol} over the input plane</source>
        <translation>{symbol} 在输入平面上的分布</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="147"/>
        <source>Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, orange at {low:.3g}; the ring marks this sample</source>
        <translation>小图：{what}（x₁ 向右，x₂ 向上）：{centre:.3g} 处为灰色，{high:.3g} 处为蓝色，{low:.3g} 处为橙色；圆环标出当前样本</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="15"/>
        <source>Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label its edges, or read every value in the Weights tab</source>
        <translation>在此尺寸下放不下的值：{n} 个。请放大（Ctrl +）、聚焦一个神经元以标注它的边，或在“权重”选项卡中查看所有值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="17"/>
        <source>Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab</source>
        <translation>未显示：{n} 个。请放大（Ctrl +）或查看“权重”选项卡</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="18"/>
        <source>Hidden: {n}</source>
        <translation>未显示：{n} 个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="19"/>
        <source>Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights tab lists every one.</source>
        <translation>已画出的边：{all:,} 条中最强的 {drawn:,} 条（每层按比例）；“权重”选项卡列出了全部。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="21"/>
        <source>{drawn:,} of {all:,} edges drawn</source>
        <translation>已画出 {drawn:,} / {all:,} 条边</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/network_canvas.py" line="227"/>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or move with the Up and Down keys.</source>
        <translation type="vanished">请先选择一个神经元：单击它，或用上、下方向键移动。</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="34"/>
        <source>auto (by activation)</source>
        <translation>自动（按激活函数）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="37"/>
        <source>uniform ±0.5</source>
        <translation>均匀分布 ±0.5</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="39"/>
        <source>How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. Auto: He for ReLU layers, Xavier for the others.</source>
        <translation>新权重的抽取方式；偏置从 0 开始。Xavier：w ~ U(−a, a)，a = √(6 / (n_in + n_out))，用于 sigmoid 和 tanh。He：w ~ N(0, 2 / n_in)，用于 ReLU。自动：ReLU 层用 He，其他层用 Xavier。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="87"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="89"/>
        <source>+  Add hidden layer</source>
        <translation>+  添加隐藏层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="90"/>
        <source>Insert a hidden layer of 2 neurons just before the output layer</source>
        <translation>在输出层之前插入一个有 2 个神经元的隐藏层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="97"/>
        <source>The loss L the network learns to make small. Cross-entropy follows a sigmoid or softmax output layer</source>
        <translation>网络通过学习使之变小的损失 L。交叉熵用在 sigmoid 或 softmax 输出层之后</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="107"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="110"/>
        <source>The same seed always draws the same weights; change it for others</source>
        <translation>相同的种子总是抽出相同的权重；换一个种子就得到别的权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="112"/>
        <source>Re-initialise weights</source>
        <translation>重新初始化权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="113"/>
        <source>Draw new weights with this scheme and seed (undoable)</source>
        <translation>用此方案和种子抽取新的权重（可撤销）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="116"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="118"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="120"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="152"/>
        <source>neurons</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="153"/>
        <source>activation f</source>
        <translation>激活函数 f</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="182"/>
        <source>layer 0 (x⁽⁰⁾, the inputs)</source>
        <translation>第 0 层（x⁽⁰⁾，输入）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="183"/>
        <source>layer {l} (y, the outputs)</source>
        <translation>第 {l} 层（y，输出）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="184"/>
        <source>layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="185"/>
        <source>{layer}: neurons</source>
        <translation>{layer}：神经元数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of inputs</source>
        <translation>输入个数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of outputs</source>
        <translation>输出个数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="189"/>
        <source>Number of neurons in layer {l}</source>
        <translation>第 {l} 层的神经元个数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="197"/>
        <source>f, the activation of layer {l}: x = f(z)</source>
        <translation>f，第 {l} 层的激活函数：x = f(z)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="203"/>
        <source>Remove layer {l}</source>
        <translation>删除第 {l} 层</translation>
    </message>
</context>
<context>
    <name>PaperPicture</name>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="23"/>
        <source>After the forward pass and the loss: x in each neuron, each weight w on its edge</source>
        <translation>前向传播和损失之后：每个神经元中是 x，每条边上是它的权重 w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="25"/>
        <source>After the update: δ in each neuron, each new weight (and its change Δw) on its edge</source>
        <translation>更新之后：每个神经元中是 δ，每条边上是新的权重（及其变化量 Δw）</translation>
    </message>
</context>
<context>
    <name>PointerOnPoints</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (test)</source>
        <translation>点 {n}（测试）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (train)</source>
        <translation>点 {n}（训练）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k} (t = {t})</source>
        <translation>类别 {k}（t = {t}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="39"/>
        <source>target t = {t}</source>
        <translation>目标值 t = {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="44"/>
        <source>network output y = {y}</source>
        <translation>网络输出 y = {y}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="46"/>
        <source>network output: class {k}, y = ({y})</source>
        <translation>网络输出：类别 {k}，y = ({y})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="101"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="105"/>
        <source>As the system: {language}</source>
        <translation>跟随系统：{language}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="117"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="121"/>
        <source>The size of the numbers, labels and neurons on the canvas and in every panel (100 % is the usual size)</source>
        <translation>画布和各个面板上数字、标签和神经元的大小（100 % 为常规大小）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="123"/>
        <source>Significant digits</source>
        <translation>有效数字</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="125"/>
        <source>Significant digits of every number shown; hovering a number shows it in full</source>
        <translation>显示的每个数的有效数字位数；鼠标悬停在数上可看到完整的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="127"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="133"/>
        <source>The learning rate α that File ▸ New starts with</source>
        <translation>“文件 ▸ 新建”开始时使用的学习率 α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="137"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="139"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="140"/>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="141"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="143"/>
        <source>Significant &amp;digits:</source>
        <translation>有效数字(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="144"/>
        <source>New documents</source>
        <translation>新文档</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="146"/>
        <source>Learning rate &amp;α:</source>
        <translation>学习率 &amp;α：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="147"/>
        <source>Open documents keep their own α; File ▸ New uses this one.</source>
        <translation>已打开的文档保留各自的 α；“文件 ▸ 新建”使用这里的值。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="203"/>
        <source>bpviz speaks {language} from its next start (this window keeps its language).</source>
        <translation>bpviz 下次启动时将使用 {language}（此窗口保持当前语言）。</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="253"/>
        <source>T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  Esc leaves presenter mode</source>
        <translation>T 训练或暂停  ·  [ 和 ] 减速和加速  ·  B 黑屏  ·  Esc 退出演示模式</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="255"/>
        <source>Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  H high contrast  ·  Esc leaves presenter mode</source>
        <translation>Page Down / Page Up 或 → / ← 步进  ·  B 黑屏  ·  H 高对比度  ·  Esc 退出演示模式</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="24"/>
        <source>Record an animation</source>
        <translation>录制动画</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="29"/>
        <source>The rest of this step, from where it is now</source>
        <translation>这一步剩下的部分，从当前位置开始</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="30"/>
        <source>A whole step, from its start</source>
        <translation>完整的一步，从它的开头开始</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="31"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="35"/>
        <source>Training needs a data set: choose one in the Data panel</source>
        <translation>录制训练需要数据集：请在数据面板中选择一个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each neuron</source>
        <translation>每个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each layer</source>
        <translation>每一层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each phase</source>
        <translation>每个阶段</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source>Train for</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="41"/>
        <source>A frame every</source>
        <translation>每帧间隔</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="42"/>
        <source>Recording training trains the network for real: the epochs stay, as when you press Train. Train ▸ Reset puts the starting weights back.</source>
        <translation>录制训练会真的训练网络：和按“训练”时一样，训练过的轮次会保留。“训练 ▸ 重置为初始权重”可以恢复初始权重。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="48"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="49"/>
        <source>Output map</source>
        <translation>输出图</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="53"/>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="54"/>
        <source>PNG sequence (frame_0001.png …)</source>
        <translation>PNG 序列（frame_0001.png …）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source>Each frame shows for</source>
        <translation>每帧显示</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="69"/>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="70"/>
        <source>One frame for</source>
        <translation>每帧对应</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="74"/>
        <source>Picture of</source>
        <translation>画面内容</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="77"/>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
</context>
<context>
    <name>SpeedChoice</name>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="16"/>
        <source>How fast training runs: slow enough for a class to watch every epoch, or as fast as the machine goes</source>
        <translation>训练运行的速度：慢到全班能看清每一轮，或者以机器的最快速度运行</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epoch/s</source>
        <translation>{rate:g} 轮/秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epochs/s</source>
        <translation>{rate:g} 轮/秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="32"/>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="36"/>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>whole step</source>
        <translation>整步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="45"/>
        <source>Ready: press → or Space to begin</source>
        <translation>就绪：按 → 或空格键开始</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="46"/>
        <source>Step {step} done: → starts step {next}</source>
        <translation>第 {step} 步完成：按 → 开始第 {next} 步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="80"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="81"/>
        <source>Back to the start of this step, weights as before it</source>
        <translation>回到这一步的开头，权重恢复为这一步之前的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="82"/>
        <source>← Back</source>
        <translation>← 后退</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="83"/>
        <source>Hide the last revealed event</source>
        <translation>隐藏最后显示的事件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="84"/>
        <source>Forward →</source>
        <translation>前进 →</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="85"/>
        <source>Reveal the next event (past the end: the next step)</source>
        <translation>显示下一个事件（到末尾后：进入下一步）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="86"/>
        <source>End of phase</source>
        <translation>阶段末</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="87"/>
        <source>Jump to the end of the current phase</source>
        <translation>跳到当前阶段的末尾</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="88"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="89"/>
        <source>Play or pause: reveal one move at a time, step after step</source>
        <translation>播放或暂停：一次显示一个动作，一步接一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="98"/>
        <source>How far one press of Forward or Back moves</source>
        <translation>按一次“前进”或“后退”移动多远</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="117"/>
        <source>step {x:.0f}: L = {y:.6g}</source>
        <translation>第 {x:.0f} 步：L = {y:.6g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="135"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="138"/>
        <source>Move by</source>
        <translation>步进单位</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="160"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="163"/>
        <source>{tip}. Keys: {keys}</source>
        <translation>{tip}。按键：{keys}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="219"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="232"/>
        <source>0 of {n} events</source>
        <translation>0/{n} 个事件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="236"/>
        <source>event {k} of {n}</source>
        <translation>第 {k}/{n} 个事件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="237"/>
        <source>Step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="239"/>
        <source>sample {s} of {B} shown</source>
        <translation>正在显示样本 {s}/{B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="242"/>
        <source>this step</source>
        <translation>这一步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="244"/>
        <source>step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="249"/>
        <source>The loss is computed after the forward pass</source>
        <translation>损失在前向传播之后计算</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="295"/>
        <source>Auto-play speed: one move every {seconds:g} s</source>
        <translation>自动播放速度：每 {seconds:g} 秒一个动作</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>loss L</source>
        <translation>损失 L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>StopBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="21"/>
        <source>How many epochs Play trains (one epoch visits every training sample once); 0 trains until you press Pause</source>
        <translation>“播放”训练多少轮（一轮把每个训练样本都过一遍）；0 表示一直训练到你按“暂停”</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="23"/>
        <source>Stop at the first epoch whose training accuracy is at least this; 0 is no target</source>
        <translation>在训练准确率首次达到此值的那一轮停止；0 表示无目标</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="25"/>
        <source>Stop at the first epoch whose training loss L is at most this (press Enter to apply); empty is no target</source>
        <translation>在训练损失 L 首次不超过此值的那一轮停止（按 Enter 应用）；留空表示无目标</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="27"/>
        <source>Stop at loss: the loss to stop at must be 0 or more</source>
        <translation>停止损失：停止时的损失必须为 0 或更大</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="37"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="39"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="42"/>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="43"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="47"/>
        <source>Accuracy to stop at</source>
        <translation>停止时的准确率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="52"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="55"/>
        <source>Training accuracy to stop at</source>
        <translation>停止时的训练准确率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="60"/>
        <source>Training loss to stop at</source>
        <translation>停止时的训练损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="64"/>
        <source>After</source>
        <translation>训练满</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="65"/>
        <source>At train accuracy</source>
        <translation>训练准确率达到</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="66"/>
        <source>At train loss</source>
        <translation>训练损失降到</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="90"/>
        <source>Stop at loss</source>
        <translation>停止损失</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="44"/>
        <source>Add a neuron to layer {l}</source>
        <translation>向第 {l} 层添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="48"/>
        <source>Remove neuron {j} of layer {l}</source>
        <translation>删除第 {l} 层的神经元 {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="52"/>
        <source>Add hidden layer {l}</source>
        <translation>添加隐藏层 {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="56"/>
        <source>Remove layer {l}</source>
        <translation>删除第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="61"/>
        <source>a layer has 1 to {most} neurons, not {n}</source>
        <translation>一层有 1 到 {most} 个神经元，而不是 {n} 个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="64"/>
        <source>Layer {l}: {n} neurons</source>
        <translation>第 {l} 层：{n} 个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="71"/>
        <source>Layer {l} activation: {f}</source>
        <translation>第 {l} 层激活函数：{f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="83"/>
        <source>Hidden layers: {f}</source>
        <translation>隐藏层：{f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="89"/>
        <source>Loss: {loss}</source>
        <translation>损失：{loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="96"/>
        <source>Re-initialise weights ({init}, seed {seed})</source>
        <translation>重新初始化权重（{init}，种子 {seed}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="104"/>
        <source>Back to the starting weights</source>
        <translation>恢复初始权重</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="38"/>
        <source>Learning rate α: training needs a number greater than 0 and at most {max_lr:g}</source>
        <translation>学习率 α：训练需要一个大于 0 且不超过 {max_lr:g} 的数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="40"/>
        <source>Penalty rate λ: it must be 0 or more</source>
        <translation>惩罚系数 λ：必须为 0 或更大</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="41"/>
        <source>Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps</source>
        <translation>惩罚系数 λ：最大为 {max:g}；更大的值会在几步之内把所有权重都压到 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="43"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 &lt; α ≤ {max_lr:g}; press Enter to apply</source>
        <translation>α，下坡每一步的大小：w ← w − α ∂L/∂w。训练需要 0 &lt; α ≤ {max_lr:g}；按 Enter 应用</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="45"/>
        <source>Samples per step: each step averages ∂L/∂w over this many training samples. 1 is stochastic gradient descent</source>
        <translation>每步的样本数：每一步在这么多个训练样本上对 ∂L/∂w 取平均。1 即随机梯度下降</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="47"/>
        <source>Use every training sample in each step (batch gradient descent: one step per epoch)</source>
        <translation>每一步都使用全部训练样本（批量梯度下降：每轮一步）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="49"/>
        <source>A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty</source>
        <translation>加到损失上的权重惩罚项，把权重拉向 0：L1 加上 λ Σ|w|，L2 加上 ½ λ Σ w²。此处和曲线中显示的损失都包含惩罚项</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="52"/>
        <source>Seeds the order the samples are shuffled in: the same seed gives the same batches</source>
        <translation>决定样本打乱顺序的种子：相同的种子得到相同的批</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="53"/>
        <source>Train until paused, or until a stop set below</source>
        <translation>一直训练，直到暂停或达到下面设置的停止条件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="54"/>
        <source>Pause training; the weights stay as they are</source>
        <translation>暂停训练；权重保持当前的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="55"/>
        <source>Train one epoch: every training sample once, batch by batch</source>
        <translation>训练一轮：每个训练样本一次，一批接一批</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="56"/>
        <source>Take one step of gradient descent on the next batch</source>
        <translation>在下一批上做一步梯度下降</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="57"/>
        <source>Put back the weights training started from and begin a new run (the curves so far stay, faded)</source>
        <translation>恢复训练开始时的权重，开始新的一次运行（之前的曲线会淡化保留）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="59"/>
        <source>Draw new starting weights (same scheme, next seed) and begin a new run (the curves so far stay, faded); undoable</source>
        <translation>抽取新的初始权重（同一方案，下一个种子），开始新的一次运行（之前的曲线会淡化保留）；可撤销</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="61"/>
        <source>Stop this run; the epochs done so far stay</source>
        <translation>停止这次运行；已完成的轮次会保留</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="122"/>
        <source>{done} / {wanted} epochs</source>
        <translation>{done} / {wanted} 轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="124"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} 轮/秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="127"/>
        <source>{left:.0f} s left</source>
        <translation>剩余 {left:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="138"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="141"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="146"/>
        <source>whole set</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="159"/>
        <source>λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}</source>
        <translation>λ，惩罚系数（0 到 {max:g}；按 Enter 应用）。{penalty}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="161"/>
        <source>Penalty rate λ</source>
        <translation>惩罚系数 λ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="168"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="175"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="179"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="181"/>
        <source>Penalty</source>
        <translation>惩罚项</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="182"/>
        <source>Shuffle seed</source>
        <translation>打乱种子</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="184"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="185"/>
        <source>One epoch</source>
        <translation>一轮</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="187"/>
        <source>One batch</source>
        <translation>一批</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="189"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="190"/>
        <source>Re-initialise</source>
        <translation>重新初始化</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="202"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="251"/>
        <source>  of {n}</source>
        <translation>  / {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="274"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="35"/>
        <source>Vanishing gradients: make the network deep (4+ hidden layers), press All hidden sigmoid, then Play. The first layers' curves lie far below the last: they hardly learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the ReLU curves stay close together.</source>
        <translation>梯度消失：把网络加深（4 个以上隐藏层），按“隐藏层全用 sigmoid”，然后按“播放”。前几层的曲线远低于最后几层：它们几乎学不动。然后按“隐藏层全用 ReLU”再按“播放”：sigmoid 的运行曲线会淡化保留，而 ReLU 的各条曲线彼此靠得很近。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="39"/>
        <source>Accuracy counts right answers, so it applies to classification. This data set is regression: read the loss instead.</source>
        <translation>准确率统计的是答对的个数，所以只适用于分类。这个数据集是回归：请改看损失。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="41"/>
        <source>The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty (Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²</source>
        <translation>每一轮之后的损失 L，对整个数据集取平均。使用 L1 或 L2 权重惩罚（训练面板）时，曲线包含惩罚项：L + λ Σ|w| 或 L + ½ λ Σ w²</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="44"/>
        <source>Point at a curve to read its values</source>
        <translation>鼠标指向一条曲线即可读取它的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="45"/>
        <source>The network has no hidden layer: add one in the Network panel first</source>
        <translation>网络没有隐藏层：请先在网络面板中添加一个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="112"/>
        <source>loss L</source>
        <translation>损失 L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="115"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="121"/>
        <source>RMS of ∂L/∂W</source>
        <translation>∂L/∂W 的均方根</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="131"/>
        <source>All hidden sigmoid</source>
        <translation>隐藏层全用 sigmoid</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="132"/>
        <source>Make every hidden layer sigmoid (one undoable edit), then press Play</source>
        <translation>把每个隐藏层都设为 sigmoid（一次可撤销的编辑），然后按“播放”</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="134"/>
        <source>All hidden ReLU</source>
        <translation>隐藏层全用 ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="135"/>
        <source>Make every hidden layer ReLU (one undoable edit), then press Play</source>
        <translation>把每个隐藏层都设为 ReLU（一次可撤销的编辑），然后按“播放”</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="156"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="157"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="158"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="159"/>
        <source>The loss after each epoch, on the training and the test set</source>
        <translation>每一轮之后在训练集和测试集上的损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="160"/>
        <source>The share of samples classified right after each epoch</source>
        <translation>每一轮之后分类正确的样本比例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="161"/>
        <source>How large ∂L/∂W of each layer was, averaged over the epoch's batches, on a log scale</source>
        <translation>每层的 ∂L/∂W 有多大，对这一轮的各批取平均，使用对数坐标</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="166"/>
        <source>Clear earlier runs</source>
        <translation>清除之前的运行</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="167"/>
        <source>Take the faded curves of earlier runs off the plots</source>
        <translation>从图中移除之前运行留下的淡化曲线</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="205"/>
        <source>layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="247"/>
        <source>{run} (now)</source>
        <translation>{run}（当前）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="290"/>
        <source>epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <location filename="../../../bpviz/state/training/training_runs.py" line="72"/>
        <source>run {n}: {activations} · {loss} · α {lr}</source>
        <translation>第 {n} 次运行：{activations} · {loss} · α {lr}</translation>
    </message>
    <message>
        <source>run {n}: {activations} · {loss} · α {lr:g}</source>
        <translation type="vanished">运行 {n}：{activations} · {loss} · α {lr:g}</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="20"/>
        <source>Stopped at epoch {n}: the training accuracy, {value}, reached its target of {target}.</source>
        <translation>在第 {n} 轮停止：训练准确率 {value} 已达到目标 {target}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="24"/>
        <source>Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target of {target:g}.</source>
        <translation>在第 {n} 轮停止：训练损失 {value:.6g} 已降到目标 {target:g}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="27"/>
        <source>Stopped at epoch {n}, after the {done} epochs asked for.</source>
        <translation>在第 {n} 轮停止：已完成要求的 {done} 轮。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="120"/>
        <source>Training needs a learning rate between 0 and {most:g}; α is {lr:g}.</source>
        <translation>训练需要介于 0 和 {most:g} 之间的学习率；当前 α 为 {lr:g}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="148"/>
        <source>A watchable speed is 1 to {most} epochs a second.</source>
        <translation>便于观看的速度为每秒 1 到 {most} 轮。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="324"/>
        <source>Training stopped: {error}</source>
        <translation>训练已停止：{error}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../../bpviz/state/document/view_options.py" line="12"/>
        <source>not yet computed</source>
        <translation>尚未计算</translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="36"/>
        <source>Step through the backward pass to see ∂L/∂W.</source>
        <translation>逐步执行反向传播，即可看到 ∂L/∂W。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="37"/>
        <source>∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.</source>
        <translation>∂L/∂W{sup}：尚未计算；请把反向传播执行到第 {l} 层。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="38"/>
        <source>Point at a cell to read its value</source>
        <translation>鼠标指向一个单元格即可读取它的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="39"/>
        <source>Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward pass has revealed it, instead of the weights w_ji</source>
        <translation>在反向传播显示出来之后，显示正在逐步执行的这一步的 ∂L/∂w_ji = δ_j x_i，而不是权重 w_ji</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="90"/>
        <source>Show ∂L/∂W instead of W</source>
        <translation>显示 ∂L/∂W 而不是 W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="208"/>
        <source>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (rows: neurons of layer {l}, columns: layer {k})</source>
        <translation>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols}（行：第 {l} 层的神经元，列：第 {k} 层）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="237"/>
        <source>{symbol} = {value}   (row {j}, column {i})</source>
        <translation>{symbol} = {value}   （第 {j} 行，第 {i} 列）</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="28"/>
        <source>A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after it; Δw and After follow them.</source>
        <translation>一批 {B} 个样本：∂L/∂w 是各样本自己的 ∂Lₙ/∂w 的平均，这 {B} 列紧随其后；Δw 和“更新后”列在它们后面。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="45"/>
        <source>Show the parameters of one layer</source>
        <translation>显示某一层的参数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="76"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="135"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="142"/>
        <source>Showing the first {shown:,} of {total:,} parameters.</source>
        <translation>显示 {total:,} 个参数中的前 {shown:,} 个。</translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="313"/>
        <source>Bias of neuron {j} of layer {l}</source>
        <translation>第 {l} 层神经元 {j} 的偏置</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="314"/>
        <source>Weight from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>从第 {k} 层神经元 {i} 到第 {l} 层神经元 {j} 的权重</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="101"/>
        <source>The settings file {path} could not be read; it was set aside as {aside}, and bpviz starts with its defaults.</source>
        <translation>无法读取设置文件 {path}；它已被移到 {aside}，bpviz 将使用默认设置启动。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="120"/>
        <source>The restored work is open instead of {path}; save it, then open {path} from the File menu.</source>
        <translation>打开的是恢复的工作，而不是 {path}；请先保存它，再从“文件”菜单打开 {path}。</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../../bpviz/state/document/commands.py" line="28"/>
        <source>Set {name} to {value:g}</source>
        <translation>将 {name} 设为 {value:g}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="14"/>
        <source>bpviz networks (*.json);;All files (*)</source>
        <translation>bpviz 网络 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="15"/>
        <source>CSV data (*.csv *.txt);;All files (*)</source>
        <translation>CSV 数据 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="24"/>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="30"/>
        <source>Save network</source>
        <translation>保存网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="37"/>
        <source>Import data (CSV)</source>
        <translation>导入数据（CSV）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="44"/>
        <source>Open lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="45"/>
        <source>bpviz lessons (*.toml);;All files (*)</source>
        <translation>bpviz 课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="51"/>
        <source>Export data (CSV)</source>
        <translation>导出数据（CSV）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>PDF handout (*.pdf)</source>
        <translation>PDF 讲义 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="62"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="63"/>
        <source>Export worked example</source>
        <translation>导出算例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="73"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}”有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="100"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="101"/>
        <source>bpviz closed unexpectedly; restore the unsaved work of “{name}” from {when}?</source>
        <translation>bpviz 意外关闭；要恢复“{name}”在 {when} 时未保存的工作吗？</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="104"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="105"/>
        <source>Discard it</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="106"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="142"/>
        <source>Folder for the frames</source>
        <translation>存放帧的文件夹</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="143"/>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="144"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>engine_words</name>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>sigmoid σ</source>
        <translation>sigmoid σ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="19"/>
        <source>leaky relu</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="20"/>
        <source>mse</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="21"/>
        <source>cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="42"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="44"/>
        <source>Update · layer {l}</source>
        <translation>更新 · 第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="45"/>
        <source>Forward · layer {l} · neuron {j}</source>
        <translation>前向 · 第 {l} 层 · 神经元 {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="46"/>
        <source>Backward · layer {l} · neuron {j}</source>
        <translation>反向 · 第 {l} 层 · 神经元 {j}</translation>
    </message>
</context>
<context>
    <name>error handler</name>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="70"/>
        <source>The details are in {path}.</source>
        <translation>详细信息在 {path} 中。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="71"/>
        <source>The details could not be written to a log file.</source>
        <translation>无法把详细信息写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="72"/>
        <source>Something went wrong inside bpviz ({kind}: {error}). Your work is still open. </source>
        <translation>bpviz 内部出错了（{kind}：{error}）。你的工作仍然打开着。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="74"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="75"/>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="59"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="61"/>
        <source>Open &amp;preset</source>
        <translation>打开预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="69"/>
        <source>&amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="83"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="84"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="85"/>
        <source>&amp;Export worked example…</source>
        <translation>导出算例(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="86"/>
        <source>The current step, every equation with its numbers, as a PDF, web page or Markdown handout</source>
        <translation>当前这一步，每个公式连同数值，导出为 PDF、网页或 Markdown 讲义</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="88"/>
        <source>Export p&amp;icture</source>
        <translation>导出图片(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="91"/>
        <source>A PNG (twice the screen's pixels) or an SVG, as the file name ends</source>
        <translation>PNG（屏幕像素的两倍）或 SVG，由文件名的扩展名决定</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="92"/>
        <source>Record a&amp;nimation…</source>
        <translation>录制动画(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="93"/>
        <source>A step-through or a training run as an animated GIF or a sequence of PNG pictures</source>
        <translation>把逐步演示或一次训练运行录制为 GIF 动画或 PNG 图片序列</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="107"/>
        <source>&amp;Edit focused value…</source>
        <translation>编辑聚焦的值(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="108"/>
        <source>Type a new value for the focused weight or bias</source>
        <translation>为聚焦的权重或偏置输入新值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="109"/>
        <source>Re-&amp;initialise weights</source>
        <translation>重新初始化权重(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="110"/>
        <source>Draw new weights with the network's scheme and the next seed</source>
        <translation>用网络的初始化方案和下一个种子抽取新的权重</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="114"/>
        <source>The theme, the digits shown, the text size and the learning rate of a new document</source>
        <translation>主题、显示的位数、文字大小，以及新文档的学习率</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="118"/>
        <source>Show &amp;numbers</source>
        <translation>显示数值(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="120"/>
        <source>Show &amp;gradients on edges</source>
        <translation>在边上显示梯度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="122"/>
        <source>Edges show ∂L/∂w in the backward pass and Δw at the update</source>
        <translation>反向传播时边上显示 ∂L/∂w，更新时显示 Δw</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="123"/>
        <source>Show neuron &amp;maps</source>
        <translation>显示神经元图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="125"/>
        <source>Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs</source>
        <translation>每个神经元显示它的输出 x（反向传播时为 δ）在输入平面上的分布，适用于二维输入</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="128"/>
        <source>Inspector in matri&amp;x form</source>
        <translation>检查器用矩阵形式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="131"/>
        <source>The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</source>
        <translation>检查器用向量和矩阵写出聚焦层的这一步：z = W x + b，δ = (W)ᵀ δ ⊙ f'(z)，∂L/∂W = δ xᵀ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="134"/>
        <source>&amp;Computational graph</source>
        <translation>计算图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="135"/>
        <source>The centre shows the step's operations (w·x, z, f, the loss) with their values and gradients, and the focused weight's paths to L; again for the network</source>
        <translation>中央区域显示这一步的运算（w·x、z、f、损失）及其值和梯度，以及聚焦权重到 L 的路径；再选一次则回到网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="137"/>
        <source>&amp;Digits</source>
        <translation>有效数字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="140"/>
        <source>{n} significant digits</source>
        <translation>{n} 位有效数字</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="149"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="151"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="153"/>
        <source>&amp;Fit network to window</source>
        <translation>网络适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="156"/>
        <source>&amp;Step-through layout</source>
        <translation>逐步演示布局(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="157"/>
        <source>The network, the example, the inspector and the weights table</source>
        <translation>网络、示例、检查器和权重表</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="158"/>
        <source>&amp;Training layout</source>
        <translation>训练布局(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="159"/>
        <source>The network, the data, the training controls, the output map and the curves</source>
        <translation>网络、数据、训练控件、输出图和曲线</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="160"/>
        <source>&amp;Enlarge the output map</source>
        <translation>放大输出图(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="161"/>
        <source>The output map large, over the window; again to put it back</source>
        <translation>在窗口上方放大显示输出图；再选一次则放回原处</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="163"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="167"/>
        <source>&amp;Step</source>
        <translation>步进(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="174"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="175"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="176"/>
        <source>To the &amp;end of the phase</source>
        <translation>到本阶段末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="177"/>
        <source>&amp;Reset to the start of the step</source>
        <translation>重置到这一步的开头(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="178"/>
        <source>&amp;Play / pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="180"/>
        <source>Back to the &amp;starting weights</source>
        <translation>恢复初始权重(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="181"/>
        <source>The weights as opened or last edited, before any stepping or training (undoable)</source>
        <translation>打开时或上次编辑后的权重，即逐步执行或训练之前的权重（可撤销）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="183"/>
        <source>Show the &amp;next sample of the batch</source>
        <translation>显示批中的下一个样本(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="184"/>
        <source>In a batch, the canvas and the Inspector show one sample's values: the next one</source>
        <translation>在一批中，画布和检查器显示一个样本的值：切换到下一个</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="185"/>
        <source>Show the pre&amp;vious sample of the batch</source>
        <translation>显示批中的上一个样本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="187"/>
        <source>Move by</source>
        <translation>步进单位</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="190"/>
        <source>Whole step</source>
        <translation>整步</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="198"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="200"/>
        <source>&amp;Train / pause</source>
        <translation>训练 / 暂停(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="202"/>
        <source>One &amp;epoch</source>
        <translation>一轮(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="203"/>
        <source>One &amp;batch</source>
        <translation>一批(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="204"/>
        <source>&amp;Reset to the starting weights</source>
        <translation>重置为初始权重(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="205"/>
        <source>Restore the last &amp;finite weights</source>
        <translation>恢复上次的有限权重(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="207"/>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="210"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="215"/>
        <source>&amp;Slower</source>
        <translation>减速(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="216"/>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="219"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="220"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="222"/>
        <source>Show &amp;hints</source>
        <translation>显示提示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="223"/>
        <source>The first steps, over the network: the keys to step, inspect, edit and train</source>
        <translation>在网络上方显示入门提示：逐步执行、查看、编辑和训练所用的按键</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="224"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="225"/>
        <source>&amp;Choose a lesson…</source>
        <translation>选择课程(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="226"/>
        <source>Guided lessons through the seed: one neuron, the forward pass, the backward pass, XOR, vanishing gradients</source>
        <translation>引导式课程，循序讲解核心内容：单个神经元、前向传播、反向传播、XOR、梯度消失</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="228"/>
        <source>&amp;Open lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="229"/>
        <source>Read a lesson a teacher wrote as a TOML file</source>
        <translation>读取教师以 TOML 文件编写的课程</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="231"/>
        <source>&amp;About bpviz</source>
        <translation>关于 bpviz(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="249"/>
        <source>P&amp;resenter mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="250"/>
        <source>Full screen for a projector: the canvas, the step bar and the inspector, larger. Esc leaves, B blanks the screen</source>
        <translation>投影用的全屏模式：画布、步进栏和检查器放大显示。Esc 退出，B 黑屏</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="253"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="254"/>
        <source>Black on white with strong frames, for a washed-out projector; the data colours stay blue and orange</source>
        <translation>白底黑字加粗边框，适合发白的投影仪；数据颜色仍为蓝色和橙色</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="259"/>
        <source>Presenter te&amp;xt size</source>
        <translation>演示文字大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="262"/>
        <source>{factor:g} × the usual size</source>
        <translation>常规大小的 {factor:g} 倍</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="284"/>
        <source>New weights: {init} initialisation, seed {seed}</source>
        <translation>新权重：{init} 初始化，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="296"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="299"/>
        <source>Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: the next control)</source>
        <translation>画布：逐层聚焦下一个 / 上一个神经元，最后是损失（越过两端：转到下一个控件）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="301"/>
        <source>Canvas: the neuron above / below (on a weight: the neighbouring weight)</source>
        <translation>画布：上方 / 下方的神经元（在权重上时：相邻的权重）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="302"/>
        <source>Up / Down</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="303"/>
        <source>Canvas: the layer before / after (after the output: the loss)</source>
        <translation>画布：前一层 / 后一层（输出层之后：损失）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="304"/>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+← / Ctrl+→</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="305"/>
        <source>Canvas: from a neuron to its incoming weights, and back</source>
        <translation>画布：从神经元移到它的输入权重，再移回</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="306"/>
        <source>Canvas: edit the focused weight, the focused neuron's bias or an input</source>
        <translation>画布：编辑聚焦的权重、聚焦神经元的偏置或一个输入</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="307"/>
        <source>Enter or F2</source>
        <translation>Enter 或 F2</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>Canvas: add a neuron to the focused layer</source>
        <translation>画布：向聚焦的层添加一个神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>+ or Insert</source>
        <translation>+ 或 Insert</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>Canvas: remove the focused neuron</source>
        <translation>画布：删除聚焦的神经元</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>− or Delete</source>
        <translation>− 或 Delete</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Canvas: zoom</source>
        <translation>画布：缩放</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + 鼠标滚轮</translation>
    </message>
    <message>
        <source>Canvas: focus the previous / next neuron</source>
        <translation type="vanished">画布：聚焦上一个 / 下一个神经元</translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="38"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="42"/>
        <source>{what}: type a number</source>
        <translation>{what}：请输入一个数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="45"/>
        <source>{what}: “{text}” is not a number: write decimals with a point (0.5), with no thousands separator</source>
        <translation>{what}：“{text}”不是数：小数请用小数点（0.5），不要用千位分隔符</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="49"/>
        <source>{what}: “{text}” is not a number</source>
        <translation>{what}：“{text}”不是数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="52"/>
        <source>{what}: {text} is not a finite number</source>
        <translation>{what}：{text} 不是有限数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="54"/>
        <source>{what}: {text} is too small to tell from 0</source>
        <translation>{what}：{text} 太小，无法与 0 区分</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="62"/>
        <source>{what}: {count} numbers needed, {given} given</source>
        <translation>{what}：需要 {count} 个数，给出了 {given} 个</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../../bpviz/ui/export/picture.py" line="185"/>
        <source>the picture could not be encoded as {format}</source>
        <translation>无法把图片编码为 {format}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Output map</source>
        <translation>输出图</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Weight matrices</source>
        <translation>权重矩阵</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="39"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="61"/>
        <source>There is no picture called “{name}”.</source>
        <translation>没有名为“{name}”的图片。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="63"/>
        <source>There is no data yet, so no {what} to export: choose a data set in the Data panel (View ▸ Training layout).</source>
        <translation>还没有数据，所以没有可导出的{what}：请在数据面板中选择一个数据集（视图 ▸ 训练布局）。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="66"/>
        <source>There is no accuracy curve for this data: show the Loss or the Gradients tab of the Curves to export it.</source>
        <translation>这些数据没有准确率曲线：要导出曲线，请显示“曲线”面板的“损失”或“梯度”选项卡。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="147"/>
        <source>Export picture: {what}</source>
        <translation>导出图片：{what}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="156"/>
        <source>{file}: bpviz writes pictures as PNG or SVG; end the file name in .png or .svg.</source>
        <translation>{file}：bpviz 只能把图片保存为 PNG 或 SVG；请让文件名以 .png 或 .svg 结尾。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="167"/>
        <source>Could not write the picture {file}: {reason}. Nothing was written.</source>
        <translation>无法写入图片 {file}：{reason}。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="171"/>
        <source>Saved the picture {path}</source>
        <translation>已保存图片 {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="60"/>
        <source>target t</source>
        <translation>目标值 t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="95"/>
        <source>class {k} (t = {t})</source>
        <translation>类别 {k}（t = {t}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="96"/>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="100"/>
        <source>train ({n})</source>
        <translation>训练（{n}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="102"/>
        <source>test ({n})</source>
        <translation>测试（{n}）</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="14"/>
        <source>Hand-worked 2-2-2 example</source>
        <translation>手算的 2-2-2 算例</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="15"/>
        <source>XOR: a problem no straight line can solve</source>
        <translation>XOR：没有一条直线能解决的问题</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="16"/>
        <source>Circles: a ring around a disc</source>
        <translation>同心圆：环绕圆盘的圆环</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="17"/>
        <source>Two interleaved spirals</source>
        <translation>两条交错的螺旋</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="18"/>
        <source>Regression: fitting a curve</source>
        <translation>回归：拟合一条曲线</translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="37"/>
        <source>a file of that name is there, not a folder</source>
        <translation>那里有一个同名的文件，而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="42"/>
        <source>no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="53"/>
        <source>the frame could not be written</source>
        <translation>无法写入这一帧</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="58"/>
        <source>there are no frames to write</source>
        <translation>没有可写入的帧</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="52"/>
        <source>Choose what to record.</source>
        <translation>请选择要录制的内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="54"/>
        <source>Choose where to save the recording.</source>
        <translation>请选择录制内容的保存位置。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="57"/>
        <source>The number of epochs and the epochs per frame are at least 1.</source>
        <translation>轮数和每帧的轮数都至少为 1。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="59"/>
        <source>That would be {n} frames; a recording has at most {most}: take a frame less often.</source>
        <translation>那将会有 {n} 帧；一段录制最多 {most} 帧：请降低取帧的频率。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="62"/>
        <source>A frame shows for 20 ms to 60 s.</source>
        <translation>每帧显示 20 毫秒到 60 秒。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="101"/>
        <source>Could not record to {path}: {reason}. Nothing was recorded.</source>
        <translation>无法录制到 {path}：{reason}。未录制任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="113"/>
        <source>Recording</source>
        <translation>正在录制</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="120"/>
        <source>The step is already at its end: record the whole step, or step back first.</source>
        <translation>这一步已经到了末尾：请录制完整的一步，或先后退几步。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="179"/>
        <source>Frame {made} of {total}</source>
        <translation>第 {made}/{total} 帧</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="197"/>
        <source>The recording stopped: {reason}. Nothing was written.</source>
        <translation>录制已停止：{reason}。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="200"/>
        <source>Recording cancelled; nothing was written. The {n} epochs trained so far stay.</source>
        <translation>录制已取消；未写入任何内容。已训练的 {n} 轮会保留。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="203"/>
        <source>Recording cancelled; nothing was written.</source>
        <translation>录制已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="209"/>
        <source>Could not write the recording {path}: {reason}. Nothing was written.</source>
        <translation>无法写入录制文件 {path}：{reason}。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="214"/>
        <source>Recorded {n} frames to {path}</source>
        <translation>已将 {n} 帧录制到 {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="216"/>
        <source> (training stopped early: {why})</source>
        <translation>（训练提前停止：{why}）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="253"/>
        <source>A recording is already being made.</source>
        <translation>已经在录制中了。</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="41"/>
        <source>A recovery copy could not be read ({reason}); it was set aside in {folder}.</source>
        <translation>无法读取一份恢复副本（{reason}）；它已被移到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="48"/>
        <source>A recovery copy of “{name}” from {when} is older than {path}, which was saved after it; the copy was set aside in {folder}.</source>
        <translation>“{name}”在 {when} 的恢复副本比 {path} 旧，后者是在它之后保存的；该副本已被移到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="79"/>
        <source>Restored the unsaved work of “{name}” from {when}. Save it to keep it.</source>
        <translation>已恢复“{name}”在 {when} 时未保存的工作。请保存以保留它。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="82"/>
        <source>One more copy of unsaved work will be offered the next time bpviz starts.</source>
        <translation>下次启动 bpviz 时，还会提供另一份未保存工作的副本。</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="85"/>
        <source>{count} more copies of unsaved work will be offered the next time bpviz starts.</source>
        <translation>下次启动 bpviz 时，还会提供另外 {count} 份未保存工作的副本。</translation>
    </message>
</context>
<context>
    <name>weights_table</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>Before</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>After</source>
        <translation>更新后</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="36"/>
        <source>The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}</source>
        <translation>从第 l−1 层神经元 i 到第 l 层神经元 j 的权重 {w}，或偏置 {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="38"/>
        <source>The layer l the parameter feeds</source>
        <translation>该参数所属的层 l</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="39"/>
        <source>The value this step's forward pass uses</source>
        <translation>这一步的前向传播所用的值</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="40"/>
        <source>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.
Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?</source>
        <translation>∂L/∂w = {delta} {x}（∂L/∂b = {delta}），在该神经元的反向传播事件显示之后给出。
按大小 |∂L/∂w| 从大到小排序：损失最该怪哪个权重？</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="43"/>
        <source>Δw = −α ∂L/∂w, once the layer's update is revealed.
Sorts by magnitude |Δw|, largest first: which weight moved most?</source>
        <translation>Δw = −α ∂L/∂w，在该层的更新显示之后给出。
按大小 |Δw| 从大到小排序：哪个权重变化最大？</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="45"/>
        <source>w − α ∂L/∂w, once the layer's update is revealed</source>
        <translation>w − α ∂L/∂w，在该层的更新显示之后给出</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="47"/>
        <source>∂L/∂w (mean)</source>
        <translation>∂L/∂w（平均）</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="48"/>
        <source>Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).
The mean of these terms over the batch is ∂L/∂w, which the update uses.</source>
        <translation>样本 {n} 自己的项 ∂L{n_sub}/∂w = {delta} {x} 及其数值（∂L{n_sub}/∂b = {delta}）。
这些项在整个批上的平均就是 ∂L/∂w，更新使用的就是它。</translation>
    </message>
</context>
</TS>

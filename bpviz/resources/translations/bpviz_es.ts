<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="55"/>
        <source>About bpviz</source>
        <translation>Acerca de bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="60"/>
        <source>bpviz {version}</source>
        <translation>bpviz {version}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="65"/>
        <source>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward pass and the update, with every number the equations produce. Then train small networks live and watch the decision boundary form.</source>
        <translation>Observa la retropropagación en acción, neurona a neurona: la propagación hacia adelante, la pérdida, la propagación hacia atrás y la actualización, con cada número que producen las ecuaciones. Después entrena redes pequeñas en directo y mira cómo se forma la frontera de decisión.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="69"/>
        <source>Free software under the {name} licence.</source>
        <translation>Software libre bajo la licencia {name}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="73"/>
        <source>Running on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="87"/>
        <source>The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: anyone may use, copy, change and share it, keeping the copyright and permission notice.</source>
        <translation>El texto de la licencia no se instaló con esta copia de bpviz. bpviz está bajo la licencia {name}: cualquiera puede usarlo, copiarlo, modificarlo y compartirlo, conservando el aviso de copyright y de permiso.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="97"/>
        <source>Show the licence</source>
        <translation>Mostrar la licencia</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="123"/>
        <source>Hide the licence</source>
        <translation>Ocultar la licencia</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="105"/>
        <source>Could not keep a recovery copy of “{name}” ({reason}). Save your work to keep it safe.</source>
        <translation>No se pudo guardar una copia de recuperación de «{name}» ({reason}). Guarda tu trabajo para no perderlo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="135"/>
        <source>the lock file {path} cannot be created</source>
        <translation>no se puede crear el archivo de bloqueo {path}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="39"/>
        <source>This data has {d} inputs: the plot shows data with 1 or 2 inputs.</source>
        <translation>Estos datos tienen {d} entradas: el gráfico muestra datos con 1 o 2 entradas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="40"/>
        <source>No output map: {problem}</source>
        <translation>Sin mapa de salida: {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="41"/>
        <source>No data yet: choose a data set in the Data panel.</source>
        <translation>Aún no hay datos: elige un conjunto de datos en el panel Datos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="42"/>
        <source>The network's output is not a finite number: restore the last finite weights</source>
        <translation>La salida de la red no es un número finito: recupera los últimos pesos finitos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="127"/>
        <source>network output y</source>
        <translation>salida de la red y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="188"/>
        <source>target t · output y</source>
        <translation>objetivo t · salida y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="326"/>
        <source>the network does not read this plane</source>
        <translation>la red no lee este plano</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="361"/>
        <source>class {k} (t = {t})</source>
        <translation>clase {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="362"/>
        <source>class {k}</source>
        <translation>clase {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="364"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="365"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="367"/>
        <source>network y</source>
        <translation>y de la red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="370"/>
        <source>background: the predicted class, greyer where unsure</source>
        <translation>fondo: la clase predicha, más gris donde hay duda</translation>
    </message>
</context>
<context>
    <name>CanvasAccessible</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="50"/>
        <source>loss, {name}</source>
        <translation>pérdida, {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="53"/>
        <source>input {j}, {x}</source>
        <translation>entrada {j}, {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="55"/>
        <source>neuron {j} of layer {l}, {f}</source>
        <translation>neurona {j} de la capa {l}, {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="57"/>
        <source>bias {b} of neuron {j} of layer {l}</source>
        <translation>sesgo {b} de la neurona {j} de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="59"/>
        <source>weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>peso {w}, de la neurona {i} de la capa {k} a la neurona {j} de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="69"/>
        <source>L not yet computed</source>
        <translation>L aún sin calcular</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="73"/>
        <source>{x} not yet computed</source>
        <translation>{x} aún sin calcular</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="180"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="198"/>
        <source>The network: Tab and the arrow keys move between its neurons, weights and the loss; Enter edits the focused one.</source>
        <translation>La red: Tab y las teclas de flecha recorren sus neuronas, sus pesos y la pérdida; Intro edita el elemento seleccionado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="252"/>
        <source>Step {n}: the start, nothing computed yet</source>
        <translation>Paso {n}: el inicio, aún no se ha calculado nada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="254"/>
        <source>Loss: L = {L}</source>
        <translation>Pérdida: L = {L}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="256"/>
        <source>Update, layer {l}: its weights and biases take their new values</source>
        <translation>Actualización, capa {l}: sus pesos y sesgos toman sus nuevos valores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="259"/>
        <source>Forward, layer {l}, neuron {j}: z = {z}, x = {x}</source>
        <translation>Adelante, capa {l}, neurona {j}: z = {z}, x = {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="261"/>
        <source>Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}</source>
        <translation>Atrás, capa {l}, neurona {j}: δ = {delta}, ∂L/∂b = {db}</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="22"/>
        <source>{what}: “{text}” is not a whole number</source>
        <translation>{what}: «{text}» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="23"/>
        <source>{what}: {low} to {high}, not {value}</source>
        <translation>{what}: de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="24"/>
        <source>{what}: at most {digits} digits after the decimal point, not {text}</source>
        <translation>{what}: como máximo {digits} decimales, no {text}</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../../bpviz/ui/look/colour_legend.py" line="60"/>
        <source>{title}: orange is negative, grey is 0, blue is positive; full colour at ±{scale!r}</source>
        <translation>{title}: naranja es negativo, gris es 0, azul es positivo; color pleno en ±{scale!r}</translation>
    </message>
</context>
<context>
    <name>CsvBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="23"/>
        <source>Could not import {name}: {problem}. Nothing was imported.</source>
        <translation>No se pudo importar {name}: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="24"/>
        <source>Could not export to {name}: {problem}</source>
        <translation>No se pudo exportar a {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="25"/>
        <source>There is no data set to export yet.</source>
        <translation>Todavía no hay ningún conjunto de datos que exportar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="26"/>
        <source>Import of {name} cancelled; the data is as it was.</source>
        <translation>Importación de {name} cancelada; los datos siguen como estaban.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="48"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="51"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="52"/>
        <source>Read points from a CSV file: inputs first, the target last</source>
        <translation>Leer puntos de un archivo CSV: primero las entradas, el objetivo al final</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="54"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="55"/>
        <source>Write the points (with any you drew) to a CSV file</source>
        <translation>Escribir los puntos (con los que hayas dibujado) en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="77"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="78"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="84"/>
        <source>exact 0</source>
        <translation>0 exacto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="114"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
</context>
<context>
    <name>DataLab</name>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="157"/>
        <source>There is no data set: choose one in the Data panel.</source>
        <translation>No hay ningún conjunto de datos: elige uno en el panel Datos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="159"/>
        <source>The data set has no points yet: click on the data plot to add some.</source>
        <translation>El conjunto de datos aún no tiene puntos: haz clic en el gráfico de datos para añadir algunos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="162"/>
        <source>The network has {n} inputs but the data gives {want} ({names}).</source>
        <translation>La red tiene {n} entradas, pero los datos dan {want} ({names}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="165"/>
        <source>The network has {n} outputs but the data has {want} target columns.</source>
        <translation>La red tiene {n} salidas, pero los datos tienen {want} columnas de objetivo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="227"/>
        <source>Data: {name}</source>
        <translation>Datos: {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="235"/>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="245"/>
        <source>class {k} does not exist; this data has {n} classes</source>
        <translation>la clase {k} no existe; estos datos tienen {n} clases</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="252"/>
        <source>Add a point</source>
        <translation>Añadir un punto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="257"/>
        <source>there is no point {n}</source>
        <translation>no existe el punto {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="259"/>
        <source>the data set needs at least one point; clear it to start again</source>
        <translation>el conjunto de datos necesita al menos un punto; vacíalo para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="263"/>
        <source>Remove a point</source>
        <translation>Quitar un punto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="270"/>
        <source>Clear the data</source>
        <translation>Vaciar los datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="275"/>
        <source>the test share is 0 % to 90 %, not {share:.0%}</source>
        <translation>la proporción de prueba va del 0 % al 90 %, no {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="277"/>
        <source>Test share {share:.0%}</source>
        <translation>Proporción de prueba {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="283"/>
        <source>choose at least one input feature</source>
        <translation>elige al menos una característica de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="285"/>
        <source>input features apply to 2-D data only</source>
        <translation>las características de entrada solo se aplican a datos 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="289"/>
        <source>Inputs: {names}</source>
        <translation>Entradas: {names}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="295"/>
        <source>Training settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="301"/>
        <source>choose a data set first, or clear one to draw on</source>
        <translation>elige primero un conjunto de datos, o vacía uno para dibujar en él</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="332"/>
        <source>inputs {a} → {b}</source>
        <translation>entradas {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="334"/>
        <source>outputs {a} → {b}</source>
        <translation>salidas {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="336"/>
        <source>output activation {a} → {b}</source>
        <translation>activación de salida {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="339"/>
        <source>loss {a} → {b}</source>
        <translation>pérdida {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="342"/>
        <source>regression learns with linear outputs and mean squared error</source>
        <translation>la regresión aprende con salidas lineales y error cuadrático medio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="343"/>
        <source>two classes learn with one sigmoid output and cross-entropy</source>
        <translation>dos clases aprenden con una salida sigmoide y entropía cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="344"/>
        <source>{k} classes learn with a softmax output per class and cross-entropy</source>
        <translation>{k} clases aprenden con una salida softmax por clase y entropía cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="346"/>
        <source>To fit {name}: {changes} ({why}). Undo puts them back.</source>
        <translation>Para ajustarse a {name}: {changes} ({why}). Deshacer lo devuelve todo como estaba.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="28"/>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="29"/>
        <source>Gaussian blobs</source>
        <translation>Nubes gaussianas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="31"/>
        <source>1-D curve (regression)</source>
        <translation>Curva 1D (regresión)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="32"/>
        <source>2-D plane (regression)</source>
        <translation>Plano 2D (regresión)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="37"/>
        <source>Your own points</source>
        <translation>Tus propios puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="38"/>
        <source>Choose a data set…</source>
        <translation>Elige un conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="41"/>
        <source>Keep at least one input feature checked: the network needs an input.</source>
        <translation>Deja marcada al menos una característica de entrada: la red necesita una entrada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="94"/>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="102"/>
        <source>Which points the network learns from</source>
        <translation>Los puntos de los que aprende la red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="105"/>
        <source>How many classes (Gaussian blobs and spiral)</source>
        <translation>Cuántas clases (nubes gaussianas y espiral)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="106"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>How many points to generate</source>
        <translation>Cuántos puntos generar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="109"/>
        <source>The random seed: the same seed gives the same points</source>
        <translation>La semilla aleatoria: la misma semilla da los mismos puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="110"/>
        <source>Data seed</source>
        <translation>Semilla de datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="114"/>
        <source>How much the points are jittered</source>
        <translation>Cuánto ruido aleatorio se añade a los puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="115"/>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="116"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="117"/>
        <source>New points from the next seed</source>
        <translation>Puntos nuevos con la semilla siguiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="120"/>
        <source>The share of points held out to test on</source>
        <translation>La proporción de puntos que se reservan para la prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="121"/>
        <source>Test share</source>
        <translation>Proporción de prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="137"/>
        <source>classes</source>
        <translation>clases</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="145"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="152"/>
        <source>Input features (2-D data)</source>
        <translation>Características de entrada (datos 2D)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="157"/>
        <source>Feed {feature} to the network as an input</source>
        <translation>Dar {feature} a la red como entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="320"/>
        <source>The input layer now has 1 neuron</source>
        <translation>La capa de entrada tiene ahora 1 neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="321"/>
        <source>The input layer now has {k} neurons</source>
        <translation>La capa de entrada tiene ahora {k} neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has 1 neuron</source>
        <translation>La capa de entrada tiene 1 neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has {k} neurons</source>
        <translation>La capa de entrada tiene {k} neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="331"/>
        <source>{n} classes</source>
        <translation>{n} clases</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="332"/>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="337"/>
        <source>{train} train / {test} test</source>
        <translation>{train} de entrenamiento / {test} de prueba</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="17"/>
        <source>Put back the last weights that were all finite numbers, then try a smaller α</source>
        <translation>Devuelve los últimos pesos que eran todos números finitos; después prueba un valor de α más pequeño</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="33"/>
        <source>Restore last finite weights</source>
        <translation>Recuperar los últimos pesos finitos</translation>
    </message>
</context>
<context>
    <name>DockEnlarger</name>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="47"/>
        <source>⤡ Back in the window</source>
        <translation>⤡ A la ventana</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="48"/>
        <source>Put the map back in its place in the window (F7)</source>
        <translation>Devolver el mapa a su sitio en la ventana (F7)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="50"/>
        <source>⤢ Enlarge</source>
        <translation>⤢ Ampliar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="51"/>
        <source>Show the map large, over the window (F7)</source>
        <translation>Mostrar el mapa en grande, sobre la ventana (F7)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="273"/>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="289"/>
        <source>the example and learning rate must be finite, and α ≥ 0</source>
        <translation>el ejemplo y la tasa de aprendizaje deben ser finitos, y α ≥ 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="331"/>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="344"/>
        <source>The example</source>
        <translation>El ejemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="375"/>
        <source>nothing to focus at {focus}</source>
        <translation>no hay nada que seleccionar en {focus}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="74"/>
        <source>no sample {n} in a batch of {B}</source>
        <translation>no hay muestra {n} en un lote de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="92"/>
        <source>no such sample</source>
        <translation>no existe esa muestra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="144"/>
        <source>the example needs {inputs} inputs and {targets} targets</source>
        <translation>el ejemplo necesita {inputs} entradas y {targets} objetivos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="157"/>
        <source>Set learning rate</source>
        <translation>Cambiar la tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on a batch of {B}</source>
        <translation>Paso con un lote de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on one sample</source>
        <translation>Paso con una muestra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="160"/>
        <source>Set example</source>
        <translation>Cambiar el ejemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="166"/>
        <source>a batch holds 1 to {max} samples</source>
        <translation>un lote tiene de 1 a {max} muestras</translation>
    </message>
</context>
<context>
    <name>DrawPointsBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="24"/>
        <source>Click the plot to add a point · right-click removes one · Ctrl+click steps with it</source>
        <translation>Haz clic en el gráfico para añadir un punto · el clic derecho quita uno · Ctrl+clic da un paso con él</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="35"/>
        <source>Draw your own</source>
        <translation>Dibuja tus puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="47"/>
        <source>A click on the plot adds a point of class {k}</source>
        <translation>Un clic en el gráfico añade un punto de la clase {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="53"/>
        <source>Target value</source>
        <translation>Valor objetivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="59"/>
        <source>A click on the plot adds a point with this target t</source>
        <translation>Un clic en el gráfico añade un punto con este objetivo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="63"/>
        <source>the height of your click</source>
        <translation>la altura de tu clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="64"/>
        <source>1-D data: a click at (x, t) adds input x with target t</source>
        <translation>Datos 1D: un clic en (x, t) añade la entrada x con el objetivo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="66"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="68"/>
        <source>Clear points</source>
        <translation>Borrar puntos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="69"/>
        <source>Remove every point, to draw your own (undo brings them back)</source>
        <translation>Quitar todos los puntos para dibujar los tuyos (deshacer los devuelve)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="95"/>
        <source>Target t</source>
        <translation>Objetivo t</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="33"/>
        <source>Learning rate α: it must be 0 or more (it is the size of a step downhill)</source>
        <translation>Tasa de aprendizaje α: debe ser 0 o más (es el tamaño de un paso cuesta abajo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="34"/>
        <source>Learning rate α: at most {max_lr:g}</source>
        <translation>Tasa de aprendizaje α: como máximo {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="35"/>
        <source>The table holds an example of its own, not this sample of the data set; pick a sample to step on it</source>
        <translation>La tabla contiene un ejemplo propio, no esta muestra del conjunto de datos; elige una muestra para dar el paso con ella</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="37"/>
        <source>How many samples one step runs on (a mini-batch): each sample's forward and backward pass, then the mean of their losses and gradients, which the update uses. With a data set, the step takes its next samples; otherwise type each sample's values in the table.</source>
        <translation>Con cuántas muestras se da un paso (un minilote): la propagación hacia adelante y hacia atrás de cada muestra, y después la media de sus pérdidas y gradientes, que es lo que usa la actualización. Con un conjunto de datos, el paso toma sus muestras siguientes; si no, escribe en la tabla los valores de cada muestra.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="41"/>
        <source>Which sample of the batch the table, the canvas and the Inspector show. The loss, ∂L/∂w and the update are the batch's: the means over its samples.</source>
        <translation>Qué muestra del lote enseñan la tabla, el lienzo y el Inspector. La pérdida, ∂L/∂w y la actualización son las del lote: las medias sobre sus muestras.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="43"/>
        <source>Not yet computed: step through the forward pass to reach this output neuron</source>
        <translation>Aún sin calcular: avanza por la propagación hacia adelante hasta llegar a esta neurona de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>output y</source>
        <translation>salida y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="70"/>
        <source>y_k = x_k^(L), the network's output, once the forward pass has computed it</source>
        <translation>y_k = x_k^(L), la salida de la red, una vez que la propagación hacia adelante la ha calculado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="79"/>
        <source>Double-click or start typing to change an input or a target</source>
        <translation>Haz doble clic o empieza a escribir para cambiar una entrada o un objetivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="83"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w (0 or more; press Enter to apply)</source>
        <translation>α, el tamaño de cada paso cuesta abajo: w ← w − α ∂L/∂w (0 o más; pulsa Intro para aplicarlo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="87"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="90"/>
        <source>Which sample of the data set to step on; finishing a step moves on to the next one</source>
        <translation>Con qué muestra del conjunto de datos dar el paso; al terminar un paso se pasa a la siguiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="104"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="110"/>
        <source>Showing sample</source>
        <translation>Muestra mostrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="124"/>
        <source>Learning rate α</source>
        <translation>Tasa de aprendizaje α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="126"/>
        <source>Showing</source>
        <translation>Mostrando</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="214"/>
        <source>input {x}</source>
        <translation>entrada {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="215"/>
        <source>target {t}</source>
        <translation>objetivo {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> sample</source>
        <translation> muestra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> samples</source>
        <translation> muestras</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="275"/>
        <source>of {B}</source>
        <translation>de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="295"/>
        <source>to {last} of {n}</source>
        <translation>a {last} de {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="297"/>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="300"/>
        <source>no sample: the example is your own</source>
        <translation>sin muestra: el ejemplo es tuyo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="306"/>
        <source>custom example</source>
        <translation>ejemplo propio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="309"/>
        <source>class {k}</source>
        <translation>clase {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="311"/>
        <source>sample {n}: {what}</source>
        <translation>muestra {n}: {what}</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="52"/>
        <source>All weights and biases</source>
        <translation>Todos los pesos y sesgos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="53"/>
        <source>Check every parameter instead of the focused weight or neuron</source>
        <translation>Comprobar todos los parámetros en lugar del peso o la neurona seleccionados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="58"/>
        <source>The step ε of the central difference</source>
        <translation>El paso ε de la diferencia central</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Backprop</source>
        <translation>Retroprop.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Numerical</source>
        <translation>Numérico</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Rel. diff.</source>
        <translation>Dif. rel.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="66"/>
        <source>The weight w_ji^(l) or bias b_j^(l)</source>
        <translation>El peso w_ji^(l) o el sesgo b_j^(l)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="67"/>
        <source>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass</source>
        <translation>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), de la propagación hacia atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="68"/>
        <source>(L(w + ε) − L(w − ε)) / 2ε, from the loss alone</source>
        <translation>(L(w + ε) − L(w − ε)) / 2ε, solo a partir de la pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="69"/>
        <source>|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above</source>
        <translation>|a − b| / max(|a|, |b|): ✓ por debajo de {agree:g}, ⚠ por encima</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="182"/>
        <source>Backprop: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.</source>
        <translation>Retropropagación: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numérico: (L(w + ε) − L(w − ε)) / 2ε con ε = {eps}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="185"/>
        <source>Checking the first {shown:,} of {total:,} parameters.</source>
        <translation>Se comprueban los primeros {shown:,} de {total:,} parámetros.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="195"/>
        <source>Click a weight or a neuron to check its gradient, or tick “All weights and biases”.</source>
        <translation>Haz clic en un peso o una neurona para comprobar su gradiente, o marca «Todos los pesos y sesgos».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="218"/>
        <source>Not a finite number: the weights have diverged.</source>
        <translation>No es un número finito: los pesos han divergido.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="221"/>
        <source>Backpropagation and the finite difference agree to better than {agree:g}.</source>
        <translation>La retropropagación y la diferencia finita coinciden con una diferencia menor que {agree:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="225"/>
        <source>They differ by more than {agree:g}. The finite difference keeps only the digits the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.</source>
        <translation>Difieren en más de {agree:g}. La diferencia finita solo conserva las cifras que deja el redondeo de la pérdida: cuando ∂L/∂w es diminuto al lado de L, prueba un valor de ε mayor.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="239"/>
        <source>&lt;span style='color:#8a8a8a'&gt;Some numbers are not finite: the weights have diverged.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a8a8a'&gt;Algunos números no son finitos: los pesos han divergido.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="243"/>
        <source>✓ All {n} agree: the largest relative difference is {worst}.</source>
        <translation>✓ Los {n} coinciden: la mayor diferencia relativa es {worst}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="246"/>
        <source>⚠ {k} of {n} differ by more than {agree:g}.</source>
        <translation>⚠ {k} de {n} difieren en más de {agree:g}.</translation>
    </message>
</context>
<context>
    <name>GradientHealthNote</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="26"/>
        <source>Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.</source>
        <translation>La capa {l} está muerta: sus {n} neuronas ReLU tienen z ≤ 0 para todas las muestras de entrenamiento, así que x = 0 y f′(z) = 0. Ningún gradiente vuelve a través de ella: ∂L/∂W de las capas {below} es exactamente 0 y esos pesos ya no pueden aprender. Prueba {advice} y después Reinicializar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="30"/>
        <source>Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient reaches the layers before it. The Gradients tab says what to try.</source>
        <translation>La capa {l} ha muerto: todas sus neuronas ReLU tienen z ≤ 0 para todas las muestras, así que ningún gradiente llega a las capas anteriores. La pestaña Gradientes dice qué probar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="32"/>
        <source>a smaller α (now {lr:g})</source>
        <translation>un valor de α más pequeño (ahora {lr:g})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="33"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="34"/>
        <source>He initialisation</source>
        <translation>la inicialización de He</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="35"/>
        <source>The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer change. Look for a dead layer after it, or Re-initialise with a smaller α.</source>
        <translation>El gradiente de la capa {l} fue exactamente 0 en la última época: sus pesos ya no cambian. Busca una capa muerta después de ella, o reinicializa con un valor de α más pequeño.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="38"/>
        <source>Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights get no gradient). Leaky ReLU keeps a small slope below 0.</source>
        <translation>Muertas: {k} de {n} neuronas ReLU de la capa {l} (z ≤ 0 para todas las muestras; sus pesos no reciben gradiente). Leaky ReLU mantiene una pendiente pequeña por debajo de 0.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="40"/>
        <source>Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is the vanishing gradient; ReLU, or smaller starting weights, helps.</source>
        <translation>Saturadas: {k} de {n} neuronas {f} de la capa {l} tienen, en promedio, f′(z) por debajo del {share:.0%} de su pendiente máxima, así que su δ es diminuto, aunque no 0: aprenden despacio. Es el desvanecimiento del gradiente; ayudan ReLU o unos pesos iniciales más pequeños.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="51"/>
        <source>(looked at on {n} of the {total} training samples)</source>
        <translation>(observado en {n} de las {total} muestras de entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="145"/>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="59"/>
        <source>Paths from {w} to {L}: {n}</source>
        <translation>Caminos de {w} a {L}: {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="61"/>
        <source>The first {shown} of {n} paths are written; the sum is over all {n}.</source>
        <translation>Se escriben los primeros {shown} de {n} caminos; la suma abarca los {n}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="67"/>
        <source>The sum of the paths: {total} = {gradient}</source>
        <translation>La suma de los caminos: {total} = {gradient}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="70"/>
        <source>as backpropagation computes it: {delta} {x} = {value}</source>
        <translation>tal como lo calcula la retropropagación: {delta} {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="74"/>
        <source>which the backward pass computes as δ x when it reaches layer {l}</source>
        <translation>que la propagación hacia atrás calcula como δ x cuando llega a la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="79"/>
        <source>The batch's gradient, which the update uses, is the mean of the {B} samples' own: {gradient} = (1/{B})·({terms}) = {value}</source>
        <translation>El gradiente del lote, que es el que usa la actualización, es la media de los de sus {B} muestras: {gradient} = (1/{B})·({terms}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="84"/>
        <source>Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.</source>
        <translation>Cada derivada local se conoce en cuanto la propagación hacia adelante ha calculado la caja a la que lleva: entonces aparece aquí la suma de los caminos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="86"/>
        <source>Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} multiplications; forward mode, one pass through the network for each of them, would take {f:,}.</source>
        <translation>El modo inverso (retropropagación) halla las {p} derivadas ∂L/∂w y ∂L/∂b de esta red con {r:,} multiplicaciones; el modo directo, una pasada por la red para cada una, necesitaría {f:,}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="195"/>
        <source>Orange: ∂L/∂ of each box · outlined: this event · purple: the focused weight's paths to L (click a product)</source>
        <translation>Naranja: ∂L/∂ de cada caja · con contorno: este evento · morado: los caminos del peso seleccionado hasta L (haz clic en un producto)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="198"/>
        <source>Too many operations to draw: neuron {j} of layer {l}'s are drawn, its weight's paths written below</source>
        <translation>Demasiadas operaciones para dibujarlas: se dibujan las de la neurona {j} de la capa {l}, y los caminos de su peso se escriben debajo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="201"/>
        <source>Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's mean below · </source>
        <translation>Muestra {n} de un lote de {B}: cada ∂ es de su propia pérdida L{sub}; la media del lote, debajo · </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="205"/>
        <source>The step's operations, each with its value and (orange) its ∂L/∂. Outlined: what this event computes · purple: the focused weight's paths to L (click a product to choose) · drag to see more, Ctrl +/− to zoom.</source>
        <translation>Las operaciones del paso, cada una con su valor y (en naranja) su ∂L/∂. Con contorno: lo que calcula este evento · morado: los caminos del peso seleccionado hasta L (haz clic en un producto para elegirlo) · arrastra para ver más, Ctrl +/− para hacer zoom.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="86"/>
        <source>Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.</source>
        <translation>Red {sizes}, activaciones {activations}, pérdida {loss}, tasa de aprendizaje α = {lr}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="89"/>
        <source>The output is y = {y}.</source>
        <translation>La salida es y = {y}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="91"/>
        <source>Sample {k}: input {x} = ({input}); target t = ({target}).</source>
        <translation>Muestra {k}: entrada {x} = ({input}); objetivo t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="94"/>
        <source>A batch of {B} samples: the loss is the mean of theirs, and the update uses the mean of their gradients.</source>
        <translation>Un lote de {B} muestras: la pérdida es la media de las suyas, y la actualización usa la media de sus gradientes.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="97"/>
        <source>Input {x} = ({input}); target t = ({target}).</source>
        <translation>Entrada {x} = ({input}); objetivo t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (output)</source>
        <translation>Capa {l} (salida)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (hidden)</source>
        <translation>Capa {l} (oculta)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="145"/>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="150"/>
        <source>In general:</source>
        <translation>En general:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="166"/>
        <source>Weights before → after</source>
        <translation>Pesos antes → después</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Equation</source>
        <translation>Ecuación</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="229"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Forward pass</source>
        <translation>Propagación hacia adelante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Backward pass</source>
        <translation>Propagación hacia atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="59"/>
        <source>the picture of the network could not be encoded</source>
        <translation>no se pudo codificar la imagen de la red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="167"/>
        <source>choose a file name ending in .pdf, .html or .md</source>
        <translation>elige un nombre de archivo que termine en .pdf, .html o .md</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="206"/>
        <source>this network has {n:,} weights and biases; a handout writes out every equation, so it is made for networks of up to {limit:,}</source>
        <translation>esta red tiene {n:,} pesos y sesgos; el ejemplo resuelto escribe todas las ecuaciones, así que está pensado para redes de hasta {limit:,}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="212"/>
        <source>this step's numbers are not all finite (the weights have diverged); restore finite weights first</source>
        <translation>los números de este paso no son todos finitos (los pesos han divergido); recupera primero unos pesos finitos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="224"/>
        <source>Cannot export the worked example: {reason}.</source>
        <translation>No se puede exportar el ejemplo resuelto: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="233"/>
        <source>One step of backpropagation: {name}</source>
        <translation>Un paso de retropropagación: {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="242"/>
        <source>Could not export {name}: {reason}. Nothing was written; your work is unchanged.</source>
        <translation>No se pudo exportar {name}: {reason}. No se escribió nada; tu trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="245"/>
        <source>Exported the worked example in matrix form to {files}</source>
        <translation>Se exportó el ejemplo resuelto en forma matricial a {files}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="246"/>
        <source>Exported the worked example to {files}</source>
        <translation>Se exportó el ejemplo resuelto a {files}</translation>
    </message>
</context>
<context>
    <name>HintOverlay</name>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="53"/>
        <source>step forward / back through the algorithm, one neuron at a time</source>
        <translation>avanzar / retroceder por el algoritmo, neurona a neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="54"/>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="55"/>
        <source>a neuron, an edge or the loss: its equations, with the numbers</source>
        <translation>en una neurona, una conexión o la pérdida: sus ecuaciones, con los números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="56"/>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="57"/>
        <source>type a new weight or bias</source>
        <translation>escribir un nuevo peso o sesgo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="58"/>
        <source>train on a data set, and pause</source>
        <translation>entrenar con un conjunto de datos, y pausar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="59"/>
        <source>every keyboard shortcut</source>
        <translation>todos los atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="77"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="101"/>
        <source>Press any key or click to begin. Help ▸ Show hints brings these back.</source>
        <translation>Pulsa cualquier tecla o haz clic para empezar. Ayuda ▸ Mostrar consejos vuelve a mostrarlos.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="37"/>
        <source>f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however large ∂L/∂x is; its incoming weights barely learn.</source>
        <translation>f'(z) ≈ 0: esta neurona está saturada, así que δ = ∂L/∂x · f'(z) es pequeño por grande que sea ∂L/∂x; sus pesos de entrada apenas aprenden.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="39"/>
        <source>With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t directly: a confidently wrong output still learns fast.</source>
        <translation>Con la entropía cruzada tras una salida {f}, ∂L/∂y y f'(z) se cancelan, así que δ = y − t directamente: una salida equivocada con mucha seguridad sigue aprendiendo rápido.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="41"/>
        <source>The output is y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; is ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</source>
        <translation>La salida es y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; es ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="43"/>
        <source>An input has no weights of its own: the backward pass stops at layer 1.</source>
        <translation>Una entrada no tiene pesos propios: la propagación hacia atrás se detiene en la capa 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="44"/>
        <source>The value this step's forward pass uses.</source>
        <translation>El valor que usa la propagación hacia adelante de este paso.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="45"/>
        <source>This network has {n:,} parameters; equations are written out with their numbers up to {limit:,}. The values below are the trace's.</source>
        <translation>Esta red tiene {n:,} parámetros; las ecuaciones se escriben con sus números hasta {limit:,}. Los valores de abajo son los de la traza.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="47"/>
        <source>… and {n:,} more incoming weights: see the weights table.</source>
        <translation>… y {n:,} pesos de entrada más: consulta la tabla de pesos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="48"/>
        <source>Nothing in focus: click a neuron, an edge or the loss.</source>
        <translation>Nada seleccionado: haz clic en una neurona, una conexión o la pérdida.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="71"/>
        <source>Matrix form</source>
        <translation>Forma matricial</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="72"/>
        <source>Write the focused layer's step as vectors and matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of neuron by neuron (X)</source>
        <translation>Escribir el paso de la capa seleccionada con vectores y matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) en lugar de neurona a neurona (X)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Forward pass</source>
        <translation>Propagación hacia adelante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Backward pass</source>
        <translation>Propagación hacia atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="227"/>
        <source>Step {step} · {event}</source>
        <translation>Paso {step} · {event}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="229"/>
        <source>Step {step} · start: nothing computed yet</source>
        <translation>Paso {step} · inicio: aún no se ha calculado nada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="231"/>
        <source>sample {n} of {B}</source>
        <translation>muestra {n} de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="272"/>
        <source>Neuron {j} of layer {l} (output) · {f}</source>
        <translation>Neurona {j} de la capa {l} (salida) · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="273"/>
        <source>Neuron {j} of layer {l} · {f}</source>
        <translation>Neurona {j} de la capa {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="275"/>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="278"/>
        <source>Update · α = {lr}</source>
        <translation>Actualización · α = {lr}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="295"/>
        <source>Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})</source>
        <translation>Peso {w} (de la neurona {i} de la capa {k} a la neurona {j} de la capa {l})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="302"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="303"/>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="313"/>
        <source>Loss · {loss}</source>
        <translation>Pérdida · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="317"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="318"/>
        <source>Its derivative for each output</source>
        <translation>Su derivada respecto a cada salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="325"/>
        <source>Input {i} of sample {n} of the data set “{name}”.</source>
        <translation>Entrada {i} de la muestra {n} del conjunto de datos «{name}».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="328"/>
        <source>Input {i} of the example, as set for this step.</source>
        <translation>Entrada {i} del ejemplo, tal como está fijada para este paso.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="329"/>
        <source>Input {i} · layer 0</source>
        <translation>Entrada {i} · capa 0</translation>
    </message>
</context>
<context>
    <name>InspectorMatrix</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="26"/>
        <source>Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus another neuron to move them; the weights table has every number.</source>
        <translation>La capa {l} tiene {n} neuronas; se muestran: {shown}, y ⋯ representa las demás. Selecciona otra neurona para cambiarlas; la tabla de pesos tiene todos los números.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="28"/>
        <source>rows {first}–{last}</source>
        <translation>filas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="29"/>
        <source>columns {first}–{last}</source>
        <translation>columnas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="30"/>
        <source>A batch of {B} samples: X, Z and Δ have a column per sample; the shown sample's is highlighted ({n}). The gradients are the mean over the columns.</source>
        <translation>Un lote de {B} muestras: X, Z y Δ tienen una columna por muestra; la de la muestra mostrada está resaltada ({n}). Los gradientes son la media sobre las columnas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="33"/>
        <source>The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the others. Show another sample (Example panel) to move them.</source>
        <translation>El lote tiene {B} muestras; se muestran las muestras {first}–{last}, y ⋯ representa las demás. Elige otra muestra (panel Ejemplo) para cambiarlas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="35"/>
        <source>The matrix form is written for a step without a weight penalty.</source>
        <translation>La forma matricial está escrita para un paso sin penalización de los pesos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="36"/>
        <source>Forward pass · layer {l}</source>
        <translation>Propagación hacia adelante · capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="37"/>
        <source>Backward pass · layer {l}</source>
        <translation>Propagación hacia atrás · capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="38"/>
        <source>Update · layer {l}</source>
        <translation>Actualización · capa {l}</translation>
    </message>
</context>
<context>
    <name>LastEpochBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="19"/>
        <source>Mean loss over the set, penalty included, after the last epoch</source>
        <translation>Pérdida media sobre el conjunto, penalización incluida, tras la última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="20"/>
        <source>Share of samples the network classifies right, after the last epoch</source>
        <translation>Proporción de muestras que la red clasifica bien, tras la última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="28"/>
        <source>Last epoch</source>
        <translation>Última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="44"/>
        <source>loss L</source>
        <translation>pérdida L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="45"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="61"/>
        <source>Epoch {n}</source>
        <translation>Época {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="62"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} épocas/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="71"/>
        <source>Cannot train yet: {problem}</source>
        <translation>Aún no se puede entrenar: {problem}</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="68"/>
        <source>unknown action {kind!r}</source>
        <translation>acción desconocida {kind!r}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="93"/>
        <source> of layer {layer}</source>
        <translation> de la capa {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="94"/>
        <source>, neuron {j}</source>
        <translation>, neurona {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="95"/>
        <source>the step-through has no {phase} event{where}{who} in this network</source>
        <translation>el recorrido paso a paso no tiene ningún evento «{phase}»{where}{who} en esta red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="105"/>
        <source>the network (layer sizes {sizes}) has no {name}</source>
        <translation>la red (tamaños de capa {sizes}) no tiene {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="114"/>
        <source>edge w_{j}{i}^({layer})</source>
        <translation>conexión w_{j}{i}^({layer})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="117"/>
        <source>neuron {j} in layer {layer}</source>
        <translation>neurona {j} en la capa {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="126"/>
        <source>the network has layers 0 to {L}, not {layer}</source>
        <translation>la red tiene capas de la 0 a la {L}, no {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="132"/>
        <source>the network has weighted layers 1 to {L}, not {layer}</source>
        <translation>la red tiene capas con pesos de la 1 a la {L}, no {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>exactly</source>
        <translation>exactamente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>to within {gap}</source>
        <translation>con un margen de {gap}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="65"/>
        <source>to within {gap} × the value</source>
        <translation>con un margen de {gap} × el valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="66"/>
        <source>to {digits} significant digits</source>
        <translation>con {digits} cifras significativas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="76"/>
        <source>the number of the layer with the smallest gradient</source>
        <translation>el número de la capa con el gradiente más pequeño</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="81"/>
        <source>{symbol} after the update</source>
        <translation>{symbol} después de la actualización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="90"/>
        <source>no epoch has been trained yet: train first, then read the gradients</source>
        <translation>todavía no se ha entrenado ninguna época: entrena primero y luego lee los gradientes</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="33"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="34"/>
        <source>Guided walks through backpropagation, one equation at a time. Pick one and press Enter.</source>
        <translation>Recorridos guiados por la retropropagación, ecuación a ecuación. Elige una y pulsa Intro.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="52"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="53"/>
        <source>Start the lesson, or carry on where you left it</source>
        <translation>Empezar la lección, o continuar donde la dejaste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="55"/>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="56"/>
        <source>Begin the lesson again from its first step</source>
        <translation>Empezar otra vez la lección desde su primer paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="58"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="59"/>
        <source>Read a lesson written as a TOML file (see the README)</source>
        <translation>Leer una lección escrita como archivo TOML (consulta el README)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="122"/>
        <source>✓ You finished “{title}”. Choose the next lesson.</source>
        <translation>✓ Has terminado «{title}». Elige la lección siguiente.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="146"/>
        <source>{name}
⚠ Cannot be used: see below</source>
        <translation>{name}
⚠ No se puede usar: mira abajo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="155"/>
        <source>No lessons found.</source>
        <translation>No se encontraron lecciones.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="157"/>
        <source>&lt;b&gt;{name} cannot be used:&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;{name} no se puede usar:&lt;/b&gt;&lt;br&gt;{error}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="163"/>
        <source>&amp;Resume at step {n}</source>
        <translation>&amp;Reanudar en el paso {n}</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="38"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="87"/>
        <source>{name} is not a usable lesson ({count} problem(s)); the Lesson panel lists them.</source>
        <translation>{name} no es una lección utilizable ({count} problema(s)); el panel Lección los enumera.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="80"/>
        <source>Type a number, e.g. 0.378</source>
        <translation>Escribe un número, p. ej. 0,378</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="82"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="83"/>
        <source>Check your answer or what you did (Enter)</source>
        <translation>Comprueba tu respuesta o lo que has hecho (Intro)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="110"/>
        <source>◂ &amp;Back</source>
        <translation>◂ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="111"/>
        <source>The previous step (the lesson sets the network up again)</source>
        <translation>El paso anterior (la lección vuelve a preparar la red)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="113"/>
        <source>&amp;Leave</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="114"/>
        <source>Close the lesson; it resumes at this step next time</source>
        <translation>Cerrar la lección; la próxima vez se reanuda en este paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="196"/>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="210"/>
        <source>Your value of {symbol}, {tolerance}; Enter checks it</source>
        <translation>Tu valor de {symbol}, {tolerance}; Intro lo comprueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>Finish ✓</source>
        <translation>Terminar ✓</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>&amp;Next ▸</source>
        <translation>&amp;Siguiente ▸</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="223"/>
        <source>Do the task first</source>
        <translation>Haz primero la tarea</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Step through</source>
        <translation>Avanza paso a paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Your turn</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Edit the network</source>
        <translation>Edita la red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Train</source>
        <translation>Entrena</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="245"/>
        <source>Change the network</source>
        <translation>Cambia la red</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="79"/>
        <source>step {n} of {m}</source>
        <translation>paso {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="82"/>
        <source>▶ Open: {where}</source>
        <translation>▶ Abierta: {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done</source>
        <translation>✓ Terminada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done · again at {where}</source>
        <translation>✓ Terminada · de nuevo en {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>◐ In progress: {where}</source>
        <translation>◐ En curso: {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>○ Not started</source>
        <translation>○ Sin empezar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="148"/>
        <source>This task cannot be checked: {reason}.</source>
        <translation>Esta tarea no se puede comprobar: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="151"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="153"/>
        <source>Not yet: {hint}</source>
        <translation>Todavía no: {hint}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="154"/>
        <source>Not yet.</source>
        <translation>Todavía no.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="186"/>
        <source>Lesson step {n}: could not {what}: {reason}.</source>
        <translation>Paso {n} de la lección: no se pudo ejecutar «{what}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="194"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="202"/>
        <source>Right: layer {n} has the smallest gradient.</source>
        <translation>Correcto: la capa {n} tiene el gradiente más pequeño.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="204"/>
        <source>Right: {symbol} = {value}</source>
        <translation>Correcto: {symbol} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="210"/>
        <source>Not yet: layer {typed} is not the one.</source>
        <translation>Todavía no: la capa {typed} no es la correcta.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="212"/>
        <source>Not yet: {typed} is not {symbol} {tolerance}.</source>
        <translation>Todavía no: {typed} no es {symbol} {tolerance}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="215"/>
        <source>Check the sign.</source>
        <translation>Revisa el signo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="219"/>
        <source>The engine's value is {value}; type it to go on.</source>
        <translation>El valor del motor es {value}; escríbelo para continuar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="101"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="103"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="104"/>
        <source>Gradient check</source>
        <translation>Comprobar gradientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="106"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="107"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="108"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="109"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="110"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="111"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="112"/>
        <source>Weight matrices</source>
        <translation>Matrices de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="223"/>
        <source>Could not open {name}: {reason}. The current document is unchanged.</source>
        <translation>No se pudo abrir {name}: {reason}. El documento actual no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="238"/>
        <source>Could not open the preset {name}: {reason}</source>
        <translation>No se pudo abrir la red predefinida {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="259"/>
        <source>Could not save {name}: {reason}. Your work is still open and still unsaved.</source>
        <translation>No se pudo guardar {name}: {reason}. Tu trabajo sigue abierto y sin guardar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="263"/>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="308"/>
        <source>The step runs on one sample: set Batch in the Example panel to step on several at once.</source>
        <translation>El paso se da con una muestra: cambia Lote en el panel Ejemplo para dar el paso con varias a la vez.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="377"/>
        <source>{what} changed: the step is recomputed from it, back at event {k} of {n}</source>
        <translation>{what} ha cambiado: el paso se recalcula a partir de ese valor, de vuelta en el evento {k} de {n}</translation>
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
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="24"/>
        <source>Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L to edit its bias, or an input neuron to edit the input.</source>
        <translation>Ahí no hay nada que editar: selecciona una conexión para editar su peso, una neurona de las capas 1 a L para editar su sesgo, o una neurona de entrada para editar la entrada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="116"/>
        <source>New value of {what}: Enter sets it, Esc cancels</source>
        <translation>Nuevo valor de {what}: Intro lo fija, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="191"/>
        <source>Edit {what}…</source>
        <translation>Editar {what}…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="208"/>
        <source>Add neuron to layer {l}</source>
        <translation>Añadir una neurona a la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="209"/>
        <source>Remove this neuron</source>
        <translation>Quitar esta neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="220"/>
        <source>Remove the last neuron of layer {l}</source>
        <translation>Quitar la última neurona de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="243"/>
        <source>Add hidden layer</source>
        <translation>Añadir capa oculta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="244"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="252"/>
        <source>Add hidden layer before layer {l}</source>
        <translation>Añadir capa oculta antes de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="255"/>
        <source>Add hidden layer after layer {l}</source>
        <translation>Añadir capa oculta después de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="258"/>
        <source>Remove layer {l}</source>
        <translation>Quitar la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="260"/>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="27"/>
        <source>Select a neuron first: click it, or move with Tab and the Up and Down keys.</source>
        <translation>Selecciona primero una neurona: haz clic en ella, o muévete con Tab y las flechas arriba y abajo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="29"/>
        <source>An input neuron and the loss have no incoming weights: W moves from a neuron of layer 1 or above to its weights, and back.</source>
        <translation>Una neurona de entrada y la pérdida no reciben ningún peso: W pasa de una neurona de la capa 1 o superior a sus pesos de entrada, y vuelve.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="140"/>
        <source>Loss · {loss}</source>
        <translation>Pérdida · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="142"/>
        <source>Mean loss of {B} · {loss}</source>
        <translation>Pérdida media de {B} · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="27"/>
        <source>Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.</source>
        <translation>Saturada: f′(z) = {f_prime:.3g} está por debajo del 2 % de la pendiente máxima de {name}, {slope:g}, así que δ = ∂L/∂x · f′(z) será pequeño y sus pesos apenas cambiarán.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="30"/>
        <source>{not_yet}: step forward to reveal it</source>
        <translation>{not_yet}: avanza para mostrarlo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="34"/>
        <source>Edges: weight w</source>
        <translation>Conexiones: peso w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="35"/>
        <source>Edges: gradient ∂L/∂w</source>
        <translation>Conexiones: gradiente ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="36"/>
        <source>Edges: Δw · labels: new w</source>
        <translation>Conexiones: Δw · etiquetas: nuevo w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="37"/>
        <source>Neurons: output x</source>
        <translation>Neuronas: salida x</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="38"/>
        <source>Neurons: error δ = ∂L/∂z</source>
        <translation>Neuronas: error δ = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="238"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Output · {f}</source>
        <translation>Salida · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Layer {l} · {f}</source>
        <translation>Capa {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="265"/>
        <source>{header}: right-click for layer actions</source>
        <translation>{header}: clic derecho para las acciones de la capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="268"/>
        <source>Loss L ({loss}) = {value}</source>
        <translation>Pérdida L ({loss}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="270"/>
        <source>target {t} = {value} (double-click to edit)</source>
        <translation>objetivo {t} = {value} (doble clic para editarlo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="278"/>
        <source>double-click to edit the weight</source>
        <translation>doble clic para editar el peso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="283"/>
        <source>double-click to edit the bias</source>
        <translation>doble clic para editar el sesgo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the input layer</source>
        <translation>Añadir una neurona a la capa de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the output layer</source>
        <translation>Añadir una neurona a la capa de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="291"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Añadir una neurona a la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="293"/>
        <source>Remove the last neuron of the input layer</source>
        <translation>Quitar la última neurona de la capa de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="294"/>
        <source>Remove the last neuron of the output layer</source>
        <translation>Quitar la última neurona de la capa de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="302"/>
        <source>input {x} = {value}
double-click to edit</source>
        <translation>entrada {x} = {value}
doble clic para editarla</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="316"/>
        <source>{b} = {value} (double-click to edit)</source>
        <translation>{b} = {value} (doble clic para editarlo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="145"/>
        <source>{symbol} at each point of the input plane with this target t</source>
        <translation>{symbol} en cada punto del plano de entrada con este objetivo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="146"/>
        <source>{symbol} over the input plane</source>
        <translation>{symbol} sobre el plano de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="147"/>
        <source>Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, orange at {low:.3g}; the ring marks this sample</source>
        <translation>Mapa: {what} (x₁ hacia la derecha, x₂ hacia arriba): gris en {centre:.3g}, azul en {high:.3g}, naranja en {low:.3g}; el anillo marca esta muestra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="15"/>
        <source>Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label its edges, or read every value in the Weights tab</source>
        <translation>Valores que no caben a este tamaño: {n}. Acerca el zoom (Ctrl +), selecciona una neurona para etiquetar sus conexiones, o lee todos los valores en la pestaña Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="17"/>
        <source>Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab</source>
        <translation>Ocultos: {n}. Acerca el zoom (Ctrl +) o mira la pestaña Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="18"/>
        <source>Hidden: {n}</source>
        <translation>Ocultos: {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="19"/>
        <source>Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights tab lists every one.</source>
        <translation>Conexiones dibujadas: las {drawn:,} más fuertes de {all:,} (cada capa, su parte); la pestaña Pesos las enumera todas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="21"/>
        <source>{drawn:,} of {all:,} edges drawn</source>
        <translation>{drawn:,} de {all:,} conexiones dibujadas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/network_canvas.py" line="227"/>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or move with the Up and Down keys.</source>
        <translation type="vanished">Selecciona primero una neurona: haz clic en ella, o muévete con las flechas arriba y abajo.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="34"/>
        <source>auto (by activation)</source>
        <translation>auto (por activación)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="37"/>
        <source>uniform ±0.5</source>
        <translation>uniforme ±0,5</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="39"/>
        <source>How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. Auto: He for ReLU layers, Xavier for the others.</source>
        <translation>Cómo se sortean los pesos nuevos; los sesgos empiezan en 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), para sigmoide y tanh. He: w ~ N(0, 2 / n_in), para ReLU. Auto: He para las capas ReLU, Xavier para las demás.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="87"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="89"/>
        <source>+  Add hidden layer</source>
        <translation>+  Añadir capa oculta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="90"/>
        <source>Insert a hidden layer of 2 neurons just before the output layer</source>
        <translation>Insertar una capa oculta de 2 neuronas justo antes de la capa de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="97"/>
        <source>The loss L the network learns to make small. Cross-entropy follows a sigmoid or softmax output layer</source>
        <translation>La pérdida L que la red aprende a reducir. La entropía cruzada va tras una capa de salida sigmoide o softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="107"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="110"/>
        <source>The same seed always draws the same weights; change it for others</source>
        <translation>La misma semilla sortea siempre los mismos pesos; cámbiala para obtener otros</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="112"/>
        <source>Re-initialise weights</source>
        <translation>Reinicializar pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="113"/>
        <source>Draw new weights with this scheme and seed (undoable)</source>
        <translation>Sortear pesos nuevos con este esquema y esta semilla (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="116"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="118"/>
        <source>Initial weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="120"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="152"/>
        <source>neurons</source>
        <translation>neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="153"/>
        <source>activation f</source>
        <translation>activación f</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Layer {l}</source>
        <translation>Capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="182"/>
        <source>layer 0 (x⁽⁰⁾, the inputs)</source>
        <translation>capa 0 (x⁽⁰⁾, las entradas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="183"/>
        <source>layer {l} (y, the outputs)</source>
        <translation>capa {l} (y, las salidas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="184"/>
        <source>layer {l}</source>
        <translation>capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="185"/>
        <source>{layer}: neurons</source>
        <translation>{layer}: neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of inputs</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of outputs</source>
        <translation>Número de salidas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="189"/>
        <source>Number of neurons in layer {l}</source>
        <translation>Número de neuronas de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="197"/>
        <source>f, the activation of layer {l}: x = f(z)</source>
        <translation>f, la activación de la capa {l}: x = f(z)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="203"/>
        <source>Remove layer {l}</source>
        <translation>Quitar la capa {l}</translation>
    </message>
</context>
<context>
    <name>PaperPicture</name>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="23"/>
        <source>After the forward pass and the loss: x in each neuron, each weight w on its edge</source>
        <translation>Tras la propagación hacia adelante y la pérdida: x en cada neurona, cada peso w en su conexión</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="25"/>
        <source>After the update: δ in each neuron, each new weight (and its change Δw) on its edge</source>
        <translation>Tras la actualización: δ en cada neurona, cada peso nuevo (y su cambio Δw) en su conexión</translation>
    </message>
</context>
<context>
    <name>PointerOnPoints</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (test)</source>
        <translation>punto {n} (prueba)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (train)</source>
        <translation>punto {n} (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k} (t = {t})</source>
        <translation>clase {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k}</source>
        <translation>clase {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="39"/>
        <source>target t = {t}</source>
        <translation>objetivo t = {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="44"/>
        <source>network output y = {y}</source>
        <translation>salida de la red y = {y}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="46"/>
        <source>network output: class {k}, y = ({y})</source>
        <translation>salida de la red: clase {k}, y = ({y})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="101"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="105"/>
        <source>As the system: {language}</source>
        <translation>Igual que el sistema: {language}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="117"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="121"/>
        <source>The size of the numbers, labels and neurons on the canvas and in every panel (100 % is the usual size)</source>
        <translation>El tamaño de los números, las etiquetas y las neuronas en el lienzo y en todos los paneles (100 % es el tamaño habitual)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="123"/>
        <source>Significant digits</source>
        <translation>Cifras significativas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="125"/>
        <source>Significant digits of every number shown; hovering a number shows it in full</source>
        <translation>Cifras significativas de cada número mostrado; al pasar el ratón por encima de un número se ve completo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="127"/>
        <source>Learning rate α</source>
        <translation>Tasa de aprendizaje α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="133"/>
        <source>The learning rate α that File ▸ New starts with</source>
        <translation>La tasa de aprendizaje α con la que empieza Archivo ▸ Nuevo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="137"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="139"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="140"/>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="141"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="143"/>
        <source>Significant &amp;digits:</source>
        <translation>&amp;Cifras significativas:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="144"/>
        <source>New documents</source>
        <translation>Documentos nuevos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="146"/>
        <source>Learning rate &amp;α:</source>
        <translation>Tasa de aprendizaje &amp;α:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="147"/>
        <source>Open documents keep their own α; File ▸ New uses this one.</source>
        <translation>Los documentos abiertos conservan su propio valor de α; Archivo ▸ Nuevo usa este.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="203"/>
        <source>bpviz speaks {language} from its next start (this window keeps its language).</source>
        <translation>bpviz usará {language} a partir de su próximo inicio (esta ventana conserva su idioma).</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="253"/>
        <source>T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  Esc leaves presenter mode</source>
        <translation>T entrena o pausa  ·  [ y ] más lento y más rápido  ·  B deja la pantalla en negro  ·  Esc sale del modo presentador</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="255"/>
        <source>Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  H high contrast  ·  Esc leaves presenter mode</source>
        <translation>AvPág / RePág o → / ← avanzan y retroceden  ·  B deja la pantalla en negro  ·  H alto contraste  ·  Esc sale del modo presentador</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="24"/>
        <source>Record an animation</source>
        <translation>Grabar una animación</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="29"/>
        <source>The rest of this step, from where it is now</source>
        <translation>El resto de este paso, desde donde está ahora</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="30"/>
        <source>A whole step, from its start</source>
        <translation>Un paso completo, desde su inicio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="31"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="35"/>
        <source>Training needs a data set: choose one in the Data panel</source>
        <translation>El entrenamiento necesita un conjunto de datos: elige uno en el panel Datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each neuron</source>
        <translation>Cada neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each layer</source>
        <translation>Cada capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each phase</source>
        <translation>Cada fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source>Train for</source>
        <translation>Entrenar durante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="41"/>
        <source>A frame every</source>
        <translation>Un fotograma cada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="42"/>
        <source>Recording training trains the network for real: the epochs stay, as when you press Train. Train ▸ Reset puts the starting weights back.</source>
        <translation>Grabar el entrenamiento entrena la red de verdad: las épocas se quedan, como cuando pulsas Entrenar. Entrenar ▸ Reiniciar devuelve los pesos iniciales.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="48"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="49"/>
        <source>Output map</source>
        <translation>Mapa de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="53"/>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="54"/>
        <source>PNG sequence (frame_0001.png …)</source>
        <translation>Secuencia PNG (frame_0001.png …)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source>Each frame shows for</source>
        <translation>Cada fotograma dura</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="69"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="70"/>
        <source>One frame for</source>
        <translation>Un fotograma por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="74"/>
        <source>Picture of</source>
        <translation>Imagen de</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="77"/>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
</context>
<context>
    <name>SpeedChoice</name>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="16"/>
        <source>How fast training runs: slow enough for a class to watch every epoch, or as fast as the machine goes</source>
        <translation>A qué velocidad va el entrenamiento: lo bastante despacio para que la clase vea cada época, o tan rápido como permita el equipo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epoch/s</source>
        <translation>{rate:g} época/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epochs/s</source>
        <translation>{rate:g} épocas/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="32"/>
        <source>as fast as possible</source>
        <translation>lo más rápido posible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="36"/>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Backward</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>neuron</source>
        <translation>neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>whole step</source>
        <translation>paso completo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="45"/>
        <source>Ready: press → or Space to begin</source>
        <translation>Listo: pulsa → o Espacio para empezar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="46"/>
        <source>Step {step} done: → starts step {next}</source>
        <translation>Paso {step} terminado: → empieza el paso {next}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="80"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="81"/>
        <source>Back to the start of this step, weights as before it</source>
        <translation>Volver al inicio de este paso, con los pesos de antes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="82"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="83"/>
        <source>Hide the last revealed event</source>
        <translation>Ocultar el último evento mostrado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="84"/>
        <source>Forward →</source>
        <translation>Adelante →</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="85"/>
        <source>Reveal the next event (past the end: the next step)</source>
        <translation>Mostrar el evento siguiente (pasado el final: el paso siguiente)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="86"/>
        <source>End of phase</source>
        <translation>Fin de fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="87"/>
        <source>Jump to the end of the current phase</source>
        <translation>Saltar al final de la fase actual</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="88"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="89"/>
        <source>Play or pause: reveal one move at a time, step after step</source>
        <translation>Reproducir o pausar: mostrar un movimiento cada vez, paso tras paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="98"/>
        <source>How far one press of Forward or Back moves</source>
        <translation>Cuánto avanza cada pulsación de Adelante o Atrás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="117"/>
        <source>step {x:.0f}: L = {y:.6g}</source>
        <translation>paso {x:.0f}: L = {y:.6g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="135"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="138"/>
        <source>Move by</source>
        <translation>Avanzar por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="160"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="163"/>
        <source>{tip}. Keys: {keys}</source>
        <translation>{tip}. Teclas: {keys}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="232"/>
        <source>0 of {n} events</source>
        <translation>0 de {n} eventos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="236"/>
        <source>event {k} of {n}</source>
        <translation>evento {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="237"/>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="239"/>
        <source>sample {s} of {B} shown</source>
        <translation>se ve la muestra {s} de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="242"/>
        <source>this step</source>
        <translation>este paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="244"/>
        <source>step {n}</source>
        <translation>paso {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="249"/>
        <source>The loss is computed after the forward pass</source>
        <translation>La pérdida se calcula tras la propagación hacia adelante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="295"/>
        <source>Auto-play speed: one move every {seconds:g} s</source>
        <translation>Velocidad de la reproducción automática: un movimiento cada {seconds:g} s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>loss L</source>
        <translation>pérdida L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
</context>
<context>
    <name>StopBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="21"/>
        <source>How many epochs Play trains (one epoch visits every training sample once); 0 trains until you press Pause</source>
        <translation>Cuántas épocas entrena Reproducir (una época recorre una vez cada muestra de entrenamiento); 0 entrena hasta que pulses Pausa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="23"/>
        <source>Stop at the first epoch whose training accuracy is at least this; 0 is no target</source>
        <translation>Parar en la primera época cuya exactitud de entrenamiento sea al menos esta; 0 es sin objetivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="25"/>
        <source>Stop at the first epoch whose training loss L is at most this (press Enter to apply); empty is no target</source>
        <translation>Parar en la primera época cuya pérdida de entrenamiento L sea como máximo esta (pulsa Intro para aplicarlo); vacío es sin objetivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="27"/>
        <source>Stop at loss: the loss to stop at must be 0 or more</source>
        <translation>Parar en pérdida: la pérdida a la que parar debe ser 0 o más</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="37"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="39"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="42"/>
        <source>until stopped</source>
        <translation>hasta que se pare</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="43"/>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="47"/>
        <source>Accuracy to stop at</source>
        <translation>Exactitud a la que parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="52"/>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="55"/>
        <source>Training accuracy to stop at</source>
        <translation>Exactitud de entrenamiento a la que parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="60"/>
        <source>Training loss to stop at</source>
        <translation>Pérdida de entrenamiento a la que parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="64"/>
        <source>After</source>
        <translation>Tras</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="65"/>
        <source>At train accuracy</source>
        <translation>Con exactitud de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="66"/>
        <source>At train loss</source>
        <translation>Con pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="90"/>
        <source>Stop at loss</source>
        <translation>Parar en pérdida</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="44"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Añadir una neurona a la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="48"/>
        <source>Remove neuron {j} of layer {l}</source>
        <translation>Quitar la neurona {j} de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="52"/>
        <source>Add hidden layer {l}</source>
        <translation>Añadir la capa oculta {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="56"/>
        <source>Remove layer {l}</source>
        <translation>Quitar la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="61"/>
        <source>a layer has 1 to {most} neurons, not {n}</source>
        <translation>una capa tiene de 1 a {most} neuronas, no {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="64"/>
        <source>Layer {l}: {n} neurons</source>
        <translation>Capa {l}: {n} neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="71"/>
        <source>Layer {l} activation: {f}</source>
        <translation>Activación de la capa {l}: {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="83"/>
        <source>Hidden layers: {f}</source>
        <translation>Capas ocultas: {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="89"/>
        <source>Loss: {loss}</source>
        <translation>Pérdida: {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="96"/>
        <source>Re-initialise weights ({init}, seed {seed})</source>
        <translation>Reinicializar pesos ({init}, semilla {seed})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="104"/>
        <source>Back to the starting weights</source>
        <translation>Volver a los pesos iniciales</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="35"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="38"/>
        <source>Learning rate α: training needs a number greater than 0 and at most {max_lr:g}</source>
        <translation>Tasa de aprendizaje α: el entrenamiento necesita un número mayor que 0 y como máximo {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="40"/>
        <source>Penalty rate λ: it must be 0 or more</source>
        <translation>Tasa de penalización λ: debe ser 0 o más</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="41"/>
        <source>Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps</source>
        <translation>Tasa de penalización λ: como máximo {max:g}; una mayor lleva todos los pesos a 0 en pocos pasos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="43"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 &lt; α ≤ {max_lr:g}; press Enter to apply</source>
        <translation>α, el tamaño de cada paso cuesta abajo: w ← w − α ∂L/∂w. El entrenamiento necesita 0 &lt; α ≤ {max_lr:g}; pulsa Intro para aplicarlo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="45"/>
        <source>Samples per step: each step averages ∂L/∂w over this many training samples. 1 is stochastic gradient descent</source>
        <translation>Muestras por paso: cada paso promedia ∂L/∂w sobre este número de muestras de entrenamiento. 1 es el descenso de gradiente estocástico</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="47"/>
        <source>Use every training sample in each step (batch gradient descent: one step per epoch)</source>
        <translation>Usar todas las muestras de entrenamiento en cada paso (descenso de gradiente por lotes: un paso por época)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="49"/>
        <source>A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty</source>
        <translation>Una penalización de los pesos que se suma a la pérdida y los empuja hacia 0: L1 suma λ Σ|w|, L2 suma ½ λ Σ w². La pérdida que se muestra aquí y en las curvas incluye entonces la penalización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="52"/>
        <source>Seeds the order the samples are shuffled in: the same seed gives the same batches</source>
        <translation>Fija el orden en que se barajan las muestras: la misma semilla da los mismos lotes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="53"/>
        <source>Train until paused, or until a stop set below</source>
        <translation>Entrenar hasta pausar, o hasta una parada fijada abajo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="54"/>
        <source>Pause training; the weights stay as they are</source>
        <translation>Pausar el entrenamiento; los pesos se quedan como están</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="55"/>
        <source>Train one epoch: every training sample once, batch by batch</source>
        <translation>Entrenar una época: cada muestra de entrenamiento una vez, lote a lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="56"/>
        <source>Take one step of gradient descent on the next batch</source>
        <translation>Dar un paso de descenso de gradiente con el lote siguiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="57"/>
        <source>Put back the weights training started from and begin a new run (the curves so far stay, faded)</source>
        <translation>Devolver los pesos con los que empezó el entrenamiento y comenzar una ejecución nueva (las curvas hasta ahora se quedan, atenuadas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="59"/>
        <source>Draw new starting weights (same scheme, next seed) and begin a new run (the curves so far stay, faded); undoable</source>
        <translation>Sortear pesos iniciales nuevos (mismo esquema, semilla siguiente) y comenzar una ejecución nueva (las curvas hasta ahora se quedan, atenuadas); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="61"/>
        <source>Stop this run; the epochs done so far stay</source>
        <translation>Detener esta ejecución; las épocas hechas hasta ahora se quedan</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="122"/>
        <source>{done} / {wanted} epochs</source>
        <translation>{done} / {wanted} épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="124"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} épocas/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="127"/>
        <source>{left:.0f} s left</source>
        <translation>quedan {left:.0f} s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="138"/>
        <source>Learning rate α</source>
        <translation>Tasa de aprendizaje α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="141"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="146"/>
        <source>whole set</source>
        <translation>todo el conjunto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="159"/>
        <source>λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}</source>
        <translation>λ, la tasa de penalización (de 0 a {max:g}; pulsa Intro para aplicarla). {penalty}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="161"/>
        <source>Penalty rate λ</source>
        <translation>Tasa de penalización λ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="168"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="175"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="179"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="181"/>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="182"/>
        <source>Shuffle seed</source>
        <translation>Semilla de barajado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="184"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="185"/>
        <source>One epoch</source>
        <translation>Una época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="187"/>
        <source>One batch</source>
        <translation>Un lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="189"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="190"/>
        <source>Re-initialise</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="202"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="251"/>
        <source>  of {n}</source>
        <translation>  de {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="274"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="35"/>
        <source>Vanishing gradients: make the network deep (4+ hidden layers), press All hidden sigmoid, then Play. The first layers' curves lie far below the last: they hardly learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the ReLU curves stay close together.</source>
        <translation>Desvanecimiento del gradiente: haz la red profunda (4 o más capas ocultas), pulsa Ocultas: sigmoide y después Reproducir. Las curvas de las primeras capas quedan muy por debajo de las de las últimas: apenas aprenden. Después pulsa Ocultas: ReLU y Reproducir: la ejecución sigmoide se queda, atenuada, y las curvas ReLU se mantienen juntas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="39"/>
        <source>Accuracy counts right answers, so it applies to classification. This data set is regression: read the loss instead.</source>
        <translation>La exactitud cuenta respuestas correctas, así que se aplica a la clasificación. Este conjunto de datos es de regresión: mira la pérdida en su lugar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="41"/>
        <source>The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty (Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²</source>
        <translation>La pérdida L tras cada época, promediada sobre el conjunto. Con una penalización de pesos L1 o L2 (panel Entrenar), la curva incluye la penalización: L + λ Σ|w| o L + ½ λ Σ w²</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="44"/>
        <source>Point at a curve to read its values</source>
        <translation>Señala una curva para leer sus valores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="45"/>
        <source>The network has no hidden layer: add one in the Network panel first</source>
        <translation>La red no tiene capa oculta: añade una primero en el panel Red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="112"/>
        <source>loss L</source>
        <translation>pérdida L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="115"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="121"/>
        <source>RMS of ∂L/∂W</source>
        <translation>RMS de ∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="131"/>
        <source>All hidden sigmoid</source>
        <translation>Ocultas: sigmoide</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="132"/>
        <source>Make every hidden layer sigmoid (one undoable edit), then press Play</source>
        <translation>Hacer sigmoides todas las capas ocultas (una sola edición, que se puede deshacer) y después pulsar Reproducir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="134"/>
        <source>All hidden ReLU</source>
        <translation>Ocultas: ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="135"/>
        <source>Make every hidden layer ReLU (one undoable edit), then press Play</source>
        <translation>Hacer ReLU todas las capas ocultas (una sola edición, que se puede deshacer) y después pulsar Reproducir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="156"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="157"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="158"/>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="159"/>
        <source>The loss after each epoch, on the training and the test set</source>
        <translation>La pérdida tras cada época, en el conjunto de entrenamiento y en el de prueba</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="160"/>
        <source>The share of samples classified right after each epoch</source>
        <translation>La proporción de muestras bien clasificadas tras cada época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="161"/>
        <source>How large ∂L/∂W of each layer was, averaged over the epoch's batches, on a log scale</source>
        <translation>Lo grande que fue ∂L/∂W de cada capa, promediado sobre los lotes de la época, en escala logarítmica</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="166"/>
        <source>Clear earlier runs</source>
        <translation>Borrar ejecuciones anteriores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="167"/>
        <source>Take the faded curves of earlier runs off the plots</source>
        <translation>Quitar de los gráficos las curvas atenuadas de las ejecuciones anteriores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="205"/>
        <source>layer {l}</source>
        <translation>capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="247"/>
        <source>{run} (now)</source>
        <translation>{run} (actual)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="290"/>
        <source>epoch {n}</source>
        <translation>época {n}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <location filename="../../../bpviz/state/training/training_runs.py" line="72"/>
        <source>run {n}: {activations} · {loss} · α {lr}</source>
        <translation>ejecución {n}: {activations} · {loss} · α {lr}</translation>
    </message>
    <message>
        <source>run {n}: {activations} · {loss} · α {lr:g}</source>
        <translation type="vanished">ejecución {n}: {activations} · {loss} · α {lr:g}</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="20"/>
        <source>Stopped at epoch {n}: the training accuracy, {value}, reached its target of {target}.</source>
        <translation>Detenido en la época {n}: la exactitud de entrenamiento, {value}, alcanzó su objetivo de {target}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="24"/>
        <source>Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target of {target:g}.</source>
        <translation>Detenido en la época {n}: la pérdida de entrenamiento, {value:.6g}, bajó hasta su objetivo de {target:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="27"/>
        <source>Stopped at epoch {n}, after the {done} epochs asked for.</source>
        <translation>Detenido en la época {n}, tras las {done} épocas pedidas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="120"/>
        <source>Training needs a learning rate between 0 and {most:g}; α is {lr:g}.</source>
        <translation>El entrenamiento necesita una tasa de aprendizaje entre 0 y {most:g}; α vale {lr:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="148"/>
        <source>A watchable speed is 1 to {most} epochs a second.</source>
        <translation>Una velocidad que se pueda seguir va de 1 a {most} épocas por segundo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="324"/>
        <source>Training stopped: {error}</source>
        <translation>Entrenamiento detenido: {error}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../../bpviz/state/document/view_options.py" line="12"/>
        <source>not yet computed</source>
        <translation>aún sin calcular</translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="36"/>
        <source>Step through the backward pass to see ∂L/∂W.</source>
        <translation>Avanza por la propagación hacia atrás para ver ∂L/∂W.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="37"/>
        <source>∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.</source>
        <translation>∂L/∂W{sup}: aún sin calcular; avanza la propagación hacia atrás hasta la capa {l}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="38"/>
        <source>Point at a cell to read its value</source>
        <translation>Señala una celda para leer su valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="39"/>
        <source>Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward pass has revealed it, instead of the weights w_ji</source>
        <translation>Mostrar ∂L/∂w_ji = δ_j x_i del paso que se está recorriendo, una vez que la propagación hacia atrás lo ha mostrado, en lugar de los pesos w_ji</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="90"/>
        <source>Show ∂L/∂W instead of W</source>
        <translation>Mostrar ∂L/∂W en lugar de W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="208"/>
        <source>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (rows: neurons of layer {l}, columns: layer {k})</source>
        <translation>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (filas: neuronas de la capa {l}, columnas: capa {k})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="237"/>
        <source>{symbol} = {value}   (row {j}, column {i})</source>
        <translation>{symbol} = {value}   (fila {j}, columna {i})</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="28"/>
        <source>A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after it; Δw and After follow them.</source>
        <translation>Un lote de {B}: ∂L/∂w es la media de los ∂Lₙ/∂w propios de cada muestra, las {B} columnas que le siguen; Δw y Después vienen tras ellas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="45"/>
        <source>Show the parameters of one layer</source>
        <translation>Mostrar los parámetros de una capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="76"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="135"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="142"/>
        <source>Showing the first {shown:,} of {total:,} parameters.</source>
        <translation>Se muestran los primeros {shown:,} de {total:,} parámetros.</translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="313"/>
        <source>Bias of neuron {j} of layer {l}</source>
        <translation>Sesgo de la neurona {j} de la capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="314"/>
        <source>Weight from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>Peso de la neurona {i} de la capa {k} a la neurona {j} de la capa {l}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="101"/>
        <source>The settings file {path} could not be read; it was set aside as {aside}, and bpviz starts with its defaults.</source>
        <translation>No se pudo leer el archivo de ajustes {path}; se apartó como {aside}, y bpviz arranca con sus valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="120"/>
        <source>The restored work is open instead of {path}; save it, then open {path} from the File menu.</source>
        <translation>Está abierto el trabajo recuperado en lugar de {path}; guárdalo y luego abre {path} desde el menú Archivo.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../../bpviz/state/document/commands.py" line="28"/>
        <source>Set {name} to {value:g}</source>
        <translation>Fijar {name} en {value:g}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="14"/>
        <source>bpviz networks (*.json);;All files (*)</source>
        <translation>Redes de bpviz (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="15"/>
        <source>CSV data (*.csv *.txt);;All files (*)</source>
        <translation>Datos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="24"/>
        <source>Open network</source>
        <translation>Abrir red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="30"/>
        <source>Save network</source>
        <translation>Guardar red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="37"/>
        <source>Import data (CSV)</source>
        <translation>Importar datos (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="44"/>
        <source>Open lesson file</source>
        <translation>Abrir archivo de lección</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="45"/>
        <source>bpviz lessons (*.toml);;All files (*)</source>
        <translation>Lecciones de bpviz (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="51"/>
        <source>Export data (CSV)</source>
        <translation>Exportar datos (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>PDF handout (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="62"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="63"/>
        <source>Export worked example</source>
        <translation>Exportar ejemplo resuelto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="73"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>«{name}» tiene cambios sin guardar. ¿Quieres guardarlos primero?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="100"/>
        <source>Restore unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="101"/>
        <source>bpviz closed unexpectedly; restore the unsaved work of “{name}” from {when}?</source>
        <translation>bpviz se cerró inesperadamente; ¿recuperar el trabajo sin guardar de «{name}» de {when}?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="104"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="105"/>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="106"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="142"/>
        <source>Folder for the frames</source>
        <translation>Carpeta para los fotogramas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="143"/>
        <source>Record to</source>
        <translation>Grabar en</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="144"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>engine_words</name>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>sigmoid σ</source>
        <translation>sigmoide σ</translation>
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
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="19"/>
        <source>leaky relu</source>
        <translation>leaky relu</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="20"/>
        <source>mse</source>
        <translation>ECM</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="21"/>
        <source>cross entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="42"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="44"/>
        <source>Update · layer {l}</source>
        <translation>Actualización · capa {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="45"/>
        <source>Forward · layer {l} · neuron {j}</source>
        <translation>Adelante · capa {l} · neurona {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="46"/>
        <source>Backward · layer {l} · neuron {j}</source>
        <translation>Atrás · capa {l} · neurona {j}</translation>
    </message>
</context>
<context>
    <name>error handler</name>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="70"/>
        <source>The details are in {path}.</source>
        <translation>Los detalles están en {path}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="71"/>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="72"/>
        <source>Something went wrong inside bpviz ({kind}: {error}). Your work is still open. </source>
        <translation>Algo ha fallado dentro de bpviz ({kind}: {error}). Tu trabajo sigue abierto. </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="74"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="75"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="59"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="61"/>
        <source>Open &amp;preset</source>
        <translation>Abrir red &amp;predefinida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="69"/>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="84"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="85"/>
        <source>&amp;Export worked example…</source>
        <translation>E&amp;xportar ejemplo resuelto…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="86"/>
        <source>The current step, every equation with its numbers, as a PDF, web page or Markdown handout</source>
        <translation>El paso actual, cada ecuación con sus números, como documento PDF, página web o Markdown</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="88"/>
        <source>Export p&amp;icture</source>
        <translation>Exportar &amp;imagen</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="91"/>
        <source>A PNG (twice the screen's pixels) or an SVG, as the file name ends</source>
        <translation>Un PNG (el doble de píxeles que la pantalla) o un SVG, según termine el nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="92"/>
        <source>Record a&amp;nimation…</source>
        <translation>Grabar ani&amp;mación…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="93"/>
        <source>A step-through or a training run as an animated GIF or a sequence of PNG pictures</source>
        <translation>Un recorrido paso a paso o un entrenamiento, como GIF animado o como secuencia de imágenes PNG</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="107"/>
        <source>&amp;Edit focused value…</source>
        <translation>Editar el valor &amp;seleccionado…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="108"/>
        <source>Type a new value for the focused weight or bias</source>
        <translation>Escribir un nuevo valor para el peso o el sesgo seleccionado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="109"/>
        <source>Re-&amp;initialise weights</source>
        <translation>Re&amp;inicializar pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="110"/>
        <source>Draw new weights with the network's scheme and the next seed</source>
        <translation>Sortear pesos nuevos con el esquema de la red y la semilla siguiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="114"/>
        <source>The theme, the digits shown, the text size and the learning rate of a new document</source>
        <translation>El tema, las cifras mostradas, el tamaño del texto y la tasa de aprendizaje de un documento nuevo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="118"/>
        <source>Show &amp;numbers</source>
        <translation>Mostrar &amp;números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="120"/>
        <source>Show &amp;gradients on edges</source>
        <translation>Mostrar &amp;gradientes en las conexiones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="122"/>
        <source>Edges show ∂L/∂w in the backward pass and Δw at the update</source>
        <translation>Las conexiones muestran ∂L/∂w en la propagación hacia atrás y Δw en la actualización</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="123"/>
        <source>Show neuron &amp;maps</source>
        <translation>Mostrar &amp;mapas de neuronas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="125"/>
        <source>Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs</source>
        <translation>Cada neurona muestra su salida x (δ en la propagación hacia atrás) sobre el plano de entrada, para entradas 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="128"/>
        <source>Inspector in matri&amp;x form</source>
        <translation>&amp;Inspector en forma matricial</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="131"/>
        <source>The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</source>
        <translation>El Inspector escribe el paso de la capa seleccionada con vectores y matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="134"/>
        <source>&amp;Computational graph</source>
        <translation>G&amp;rafo computacional</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="135"/>
        <source>The centre shows the step's operations (w·x, z, f, the loss) with their values and gradients, and the focused weight's paths to L; again for the network</source>
        <translation>El centro muestra las operaciones del paso (w·x, z, f, la pérdida) con sus valores y gradientes, y los caminos del peso seleccionado hasta L; otra vez para volver a la red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="137"/>
        <source>&amp;Digits</source>
        <translation>&amp;Cifras</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="140"/>
        <source>{n} significant digits</source>
        <translation>{n} cifras significativas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="149"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="151"/>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="153"/>
        <source>&amp;Fit network to window</source>
        <translation>Ajustar la red a la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="156"/>
        <source>&amp;Step-through layout</source>
        <translation>Disposición &amp;paso a paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="157"/>
        <source>The network, the example, the inspector and the weights table</source>
        <translation>La red, el ejemplo, el Inspector y la tabla de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="158"/>
        <source>&amp;Training layout</source>
        <translation>Disposición de &amp;entrenamiento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="159"/>
        <source>The network, the data, the training controls, the output map and the curves</source>
        <translation>La red, los datos, los controles de entrenamiento, el mapa de salida y las curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="160"/>
        <source>&amp;Enlarge the output map</source>
        <translation>Ampliar el mapa de &amp;salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="161"/>
        <source>The output map large, over the window; again to put it back</source>
        <translation>El mapa de salida en grande, sobre la ventana; otra vez para devolverlo a su sitio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="163"/>
        <source>&amp;Panels</source>
        <translation>Pane&amp;les</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="167"/>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="174"/>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="175"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="176"/>
        <source>To the &amp;end of the phase</source>
        <translation>Al &amp;final de la fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="177"/>
        <source>&amp;Reset to the start of the step</source>
        <translation>&amp;Reiniciar al inicio del paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="178"/>
        <source>&amp;Play / pause</source>
        <translation>Re&amp;producir / pausa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="180"/>
        <source>Back to the &amp;starting weights</source>
        <translation>Volver a los pesos &amp;iniciales</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="181"/>
        <source>The weights as opened or last edited, before any stepping or training (undoable)</source>
        <translation>Los pesos tal como se abrieron o se editaron por última vez, antes de avanzar o entrenar (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="183"/>
        <source>Show the &amp;next sample of the batch</source>
        <translation>Mostrar la muestra &amp;siguiente del lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="184"/>
        <source>In a batch, the canvas and the Inspector show one sample's values: the next one</source>
        <translation>En un lote, el lienzo y el Inspector muestran los valores de una muestra: la siguiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="185"/>
        <source>Show the pre&amp;vious sample of the batch</source>
        <translation>Mostrar la muestra a&amp;nterior del lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="187"/>
        <source>Move by</source>
        <translation>Avanzar por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Neuron</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="190"/>
        <source>Whole step</source>
        <translation>Paso completo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="198"/>
        <source>&amp;Train</source>
        <translation>En&amp;trenar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="200"/>
        <source>&amp;Train / pause</source>
        <translation>&amp;Entrenar / pausa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="202"/>
        <source>One &amp;epoch</source>
        <translation>Una é&amp;poca</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="203"/>
        <source>One &amp;batch</source>
        <translation>Un &amp;lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="204"/>
        <source>&amp;Reset to the starting weights</source>
        <translation>&amp;Reiniciar con los pesos iniciales</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="205"/>
        <source>Restore the last &amp;finite weights</source>
        <translation>Recuperar los últimos pesos &amp;finitos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="207"/>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="210"/>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="215"/>
        <source>&amp;Slower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="216"/>
        <source>&amp;Faster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="219"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="220"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="222"/>
        <source>Show &amp;hints</source>
        <translation>Mostrar &amp;consejos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="223"/>
        <source>The first steps, over the network: the keys to step, inspect, edit and train</source>
        <translation>Los primeros pasos, sobre la red: las teclas para avanzar, inspeccionar, editar y entrenar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="224"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="225"/>
        <source>&amp;Choose a lesson…</source>
        <translation>&amp;Elegir una lección…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="226"/>
        <source>Guided lessons through the seed: one neuron, the forward pass, the backward pass, XOR, vanishing gradients</source>
        <translation>Lecciones guiadas por lo esencial: una neurona, la propagación hacia adelante, la propagación hacia atrás, XOR, el desvanecimiento del gradiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="228"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="229"/>
        <source>Read a lesson a teacher wrote as a TOML file</source>
        <translation>Leer una lección que un profesor escribió como archivo TOML</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="231"/>
        <source>&amp;About bpviz</source>
        <translation>&amp;Acerca de bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="249"/>
        <source>P&amp;resenter mode</source>
        <translation>Modo presen&amp;tador</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="250"/>
        <source>Full screen for a projector: the canvas, the step bar and the inspector, larger. Esc leaves, B blanks the screen</source>
        <translation>Pantalla completa para un proyector: el lienzo, la barra de pasos y el Inspector, más grandes. Esc sale, B deja la pantalla en negro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="253"/>
        <source>&amp;High contrast</source>
        <translation>Alto c&amp;ontraste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="254"/>
        <source>Black on white with strong frames, for a washed-out projector; the data colours stay blue and orange</source>
        <translation>Negro sobre blanco con marcos gruesos, para un proyector de imagen desvaída; los colores de los datos siguen siendo azul y naranja</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="259"/>
        <source>Presenter te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto en modo presentador</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="262"/>
        <source>{factor:g} × the usual size</source>
        <translation>{factor:g} × el tamaño habitual</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="284"/>
        <source>New weights: {init} initialisation, seed {seed}</source>
        <translation>Pesos nuevos: inicialización {init}, semilla {seed}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="296"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="299"/>
        <source>Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: the next control)</source>
        <translation>Lienzo: seleccionar la neurona siguiente / anterior, capa a capa, y después la pérdida (pasados los extremos: el control siguiente)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="301"/>
        <source>Canvas: the neuron above / below (on a weight: the neighbouring weight)</source>
        <translation>Lienzo: la neurona de arriba / de abajo (en un peso: el peso vecino)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="302"/>
        <source>Up / Down</source>
        <translation>Arriba / Abajo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="303"/>
        <source>Canvas: the layer before / after (after the output: the loss)</source>
        <translation>Lienzo: la capa anterior / siguiente (tras la salida: la pérdida)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="304"/>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Izquierda / Ctrl+Derecha</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="305"/>
        <source>Canvas: from a neuron to its incoming weights, and back</source>
        <translation>Lienzo: de una neurona a sus pesos de entrada, y de vuelta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="306"/>
        <source>Canvas: edit the focused weight, the focused neuron's bias or an input</source>
        <translation>Lienzo: editar el peso seleccionado, el sesgo de la neurona seleccionada o una entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="307"/>
        <source>Enter or F2</source>
        <translation>Intro o F2</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>Canvas: add a neuron to the focused layer</source>
        <translation>Lienzo: añadir una neurona a la capa seleccionada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>+ or Insert</source>
        <translation>+ o Insert</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>Canvas: remove the focused neuron</source>
        <translation>Lienzo: quitar la neurona seleccionada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>− or Delete</source>
        <translation>− o Supr</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Canvas: zoom</source>
        <translation>Lienzo: zoom</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + rueda del ratón</translation>
    </message>
    <message>
        <source>Canvas: focus the previous / next neuron</source>
        <translation type="vanished">Lienzo: seleccionar la neurona anterior / siguiente</translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="38"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="42"/>
        <source>{what}: type a number</source>
        <translation>{what}: escribe un número</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="45"/>
        <source>{what}: “{text}” is not a number: write decimals with a point (0.5), with no thousands separator</source>
        <translation>{what}: «{text}» no es un número: escribe los decimales con coma (0,5), sin separador de miles</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="49"/>
        <source>{what}: “{text}” is not a number</source>
        <translation>{what}: «{text}» no es un número</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="52"/>
        <source>{what}: {text} is not a finite number</source>
        <translation>{what}: {text} no es un número finito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="54"/>
        <source>{what}: {text} is too small to tell from 0</source>
        <translation>{what}: {text} es demasiado pequeño para distinguirlo de 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="62"/>
        <source>{what}: {count} numbers needed, {given} given</source>
        <translation>{what}: se necesitan {count} números, se han dado {given}</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../../bpviz/ui/export/picture.py" line="185"/>
        <source>the picture could not be encoded as {format}</source>
        <translation>no se pudo codificar la imagen como {format}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Output map</source>
        <translation>Mapa de salida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Weight matrices</source>
        <translation>Matrices de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="39"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="61"/>
        <source>There is no picture called “{name}”.</source>
        <translation>No hay ninguna imagen llamada «{name}».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="63"/>
        <source>There is no data yet, so no {what} to export: choose a data set in the Data panel (View ▸ Training layout).</source>
        <translation>Aún no hay datos, así que no hay nada que exportar como «{what}»: elige un conjunto de datos en el panel Datos (Ver ▸ Disposición de entrenamiento).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="66"/>
        <source>There is no accuracy curve for this data: show the Loss or the Gradients tab of the Curves to export it.</source>
        <translation>No hay curva de exactitud para estos datos: muestra la pestaña Pérdida o Gradientes de las Curvas para exportarla.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="147"/>
        <source>Export picture: {what}</source>
        <translation>Exportar imagen: {what}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="156"/>
        <source>{file}: bpviz writes pictures as PNG or SVG; end the file name in .png or .svg.</source>
        <translation>{file}: bpviz escribe las imágenes como PNG o SVG; termina el nombre del archivo en .png o .svg.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="167"/>
        <source>Could not write the picture {file}: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir la imagen {file}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="171"/>
        <source>Saved the picture {path}</source>
        <translation>Se guardó la imagen {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="60"/>
        <source>target t</source>
        <translation>objetivo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="95"/>
        <source>class {k} (t = {t})</source>
        <translation>clase {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="96"/>
        <source>class {k}</source>
        <translation>clase {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="100"/>
        <source>train ({n})</source>
        <translation>entrenamiento ({n})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="102"/>
        <source>test ({n})</source>
        <translation>prueba ({n})</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="14"/>
        <source>Hand-worked 2-2-2 example</source>
        <translation>Ejemplo 2-2-2 resuelto a mano</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="15"/>
        <source>XOR: a problem no straight line can solve</source>
        <translation>XOR: un problema que ninguna recta puede resolver</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="16"/>
        <source>Circles: a ring around a disc</source>
        <translation>Círculos: un anillo alrededor de un disco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="17"/>
        <source>Two interleaved spirals</source>
        <translation>Dos espirales entrelazadas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="18"/>
        <source>Regression: fitting a curve</source>
        <translation>Regresión: ajustar una curva</translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="37"/>
        <source>a file of that name is there, not a folder</source>
        <translation>ahí hay un archivo con ese nombre, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="42"/>
        <source>no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="53"/>
        <source>the frame could not be written</source>
        <translation>no se pudo escribir el fotograma</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="58"/>
        <source>there are no frames to write</source>
        <translation>no hay fotogramas que escribir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="52"/>
        <source>Choose what to record.</source>
        <translation>Elige qué grabar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="54"/>
        <source>Choose where to save the recording.</source>
        <translation>Elige dónde guardar la grabación.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="57"/>
        <source>The number of epochs and the epochs per frame are at least 1.</source>
        <translation>El número de épocas y las épocas por fotograma son como mínimo 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="59"/>
        <source>That would be {n} frames; a recording has at most {most}: take a frame less often.</source>
        <translation>Serían {n} fotogramas; una grabación tiene como máximo {most}: toma un fotograma con menos frecuencia.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="62"/>
        <source>A frame shows for 20 ms to 60 s.</source>
        <translation>Un fotograma dura de 20 ms a 60 s.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="101"/>
        <source>Could not record to {path}: {reason}. Nothing was recorded.</source>
        <translation>No se pudo grabar en {path}: {reason}. No se grabó nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="113"/>
        <source>Recording</source>
        <translation>Grabando</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="120"/>
        <source>The step is already at its end: record the whole step, or step back first.</source>
        <translation>El paso ya está en su final: graba el paso completo, o retrocede primero.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="179"/>
        <source>Frame {made} of {total}</source>
        <translation>Fotograma {made} de {total}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="197"/>
        <source>The recording stopped: {reason}. Nothing was written.</source>
        <translation>La grabación se detuvo: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="200"/>
        <source>Recording cancelled; nothing was written. The {n} epochs trained so far stay.</source>
        <translation>Grabación cancelada; no se escribió nada. Las {n} épocas entrenadas hasta ahora se quedan.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="203"/>
        <source>Recording cancelled; nothing was written.</source>
        <translation>Grabación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="209"/>
        <source>Could not write the recording {path}: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir la grabación {path}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="214"/>
        <source>Recorded {n} frames to {path}</source>
        <translation>Se grabaron {n} fotogramas en {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="216"/>
        <source> (training stopped early: {why})</source>
        <translation> (el entrenamiento se detuvo antes: {why})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="253"/>
        <source>A recording is already being made.</source>
        <translation>Ya se está haciendo una grabación.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="41"/>
        <source>A recovery copy could not be read ({reason}); it was set aside in {folder}.</source>
        <translation>No se pudo leer una copia de recuperación ({reason}); se apartó en {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="48"/>
        <source>A recovery copy of “{name}” from {when} is older than {path}, which was saved after it; the copy was set aside in {folder}.</source>
        <translation>Una copia de recuperación de «{name}» de {when} es anterior a {path}, que se guardó después; la copia se apartó en {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="79"/>
        <source>Restored the unsaved work of “{name}” from {when}. Save it to keep it.</source>
        <translation>Se recuperó el trabajo sin guardar de «{name}» de {when}. Guárdalo para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="82"/>
        <source>One more copy of unsaved work will be offered the next time bpviz starts.</source>
        <translation>La próxima vez que se inicie bpviz se ofrecerá una copia más de trabajo sin guardar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="85"/>
        <source>{count} more copies of unsaved work will be offered the next time bpviz starts.</source>
        <translation>La próxima vez que se inicie bpviz se ofrecerán {count} copias más de trabajo sin guardar.</translation>
    </message>
</context>
<context>
    <name>weights_table</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="36"/>
        <source>The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}</source>
        <translation>El peso {w} de la neurona i de la capa l−1 a la neurona j de la capa l, o el sesgo {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="38"/>
        <source>The layer l the parameter feeds</source>
        <translation>La capa l a la que alimenta el parámetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="39"/>
        <source>The value this step's forward pass uses</source>
        <translation>El valor que usa la propagación hacia adelante de este paso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="40"/>
        <source>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.
Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?</source>
        <translation>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), una vez mostrado el evento de la neurona en la propagación hacia atrás.
Ordena por magnitud |∂L/∂w|, de mayor a menor: ¿a qué peso culpa más la pérdida?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="43"/>
        <source>Δw = −α ∂L/∂w, once the layer's update is revealed.
Sorts by magnitude |Δw|, largest first: which weight moved most?</source>
        <translation>Δw = −α ∂L/∂w, una vez mostrada la actualización de la capa.
Ordena por magnitud |Δw|, de mayor a menor: ¿qué peso se movió más?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="45"/>
        <source>w − α ∂L/∂w, once the layer's update is revealed</source>
        <translation>w − α ∂L/∂w, una vez mostrada la actualización de la capa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="47"/>
        <source>∂L/∂w (mean)</source>
        <translation>∂L/∂w (media)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="48"/>
        <source>Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).
The mean of these terms over the batch is ∂L/∂w, which the update uses.</source>
        <translation>Término propio de la muestra {n}, ∂L{n_sub}/∂w = {delta} {x}, con sus valores (∂L{n_sub}/∂b = {delta}).
La media de estos términos sobre el lote es ∂L/∂w, que es lo que usa la actualización.</translation>
    </message>
</context>
</TS>

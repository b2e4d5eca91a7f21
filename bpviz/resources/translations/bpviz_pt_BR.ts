<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="55"/>
        <source>About bpviz</source>
        <translation>Sobre o bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="60"/>
        <source>bpviz {version}</source>
        <translation>bpviz {version}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="65"/>
        <source>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward pass and the update, with every number the equations produce. Then train small networks live and watch the decision boundary form.</source>
        <translation>Veja a retropropagação funcionar, neurônio por neurônio: a passagem direta, a perda, a passagem reversa e a atualização, com cada número que as equações produzem. Depois, treine pequenas redes ao vivo e veja a fronteira de decisão se formar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="69"/>
        <source>Free software under the {name} licence.</source>
        <translation>Software livre sob a licença {name}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="73"/>
        <source>Running on</source>
        <translation>Executando em</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="87"/>
        <source>The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: anyone may use, copy, change and share it, keeping the copyright and permission notice.</source>
        <translation>O texto da licença não foi instalado com esta cópia do bpviz. O bpviz está sob a licença {name}: qualquer pessoa pode usá-lo, copiá-lo, modificá-lo e compartilhá-lo, mantendo o aviso de copyright e de permissão.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="97"/>
        <source>Show the licence</source>
        <translation>Mostrar a licença</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="123"/>
        <source>Hide the licence</source>
        <translation>Ocultar a licença</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="105"/>
        <source>Could not keep a recovery copy of “{name}” ({reason}). Save your work to keep it safe.</source>
        <translation>Não foi possível manter uma cópia de recuperação de “{name}” ({reason}). Salve seu trabalho para não perdê-lo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="135"/>
        <source>the lock file {path} cannot be created</source>
        <translation>o arquivo de bloqueio {path} não pode ser criado</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="39"/>
        <source>This data has {d} inputs: the plot shows data with 1 or 2 inputs.</source>
        <translation>Estes dados têm {d} entradas: o gráfico mostra dados com 1 ou 2 entradas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="40"/>
        <source>No output map: {problem}</source>
        <translation>Sem mapa de saída: {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="41"/>
        <source>No data yet: choose a data set in the Data panel.</source>
        <translation>Ainda não há dados: escolha um conjunto de dados no painel Dados.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="42"/>
        <source>The network's output is not a finite number: restore the last finite weights</source>
        <translation>A saída da rede não é um número finito: restaure os últimos pesos finitos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="127"/>
        <source>network output y</source>
        <translation>saída y da rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="188"/>
        <source>target t · output y</source>
        <translation>alvo t · saída y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="326"/>
        <source>the network does not read this plane</source>
        <translation>a rede não lê este plano</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="361"/>
        <source>class {k} (t = {t})</source>
        <translation>classe {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="362"/>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="364"/>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="365"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="367"/>
        <source>network y</source>
        <translation>y da rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="370"/>
        <source>background: the predicted class, greyer where unsure</source>
        <translation>fundo: a classe prevista, mais cinza onde há incerteza</translation>
    </message>
</context>
<context>
    <name>CanvasAccessible</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="50"/>
        <source>loss, {name}</source>
        <translation>perda, {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="53"/>
        <source>input {j}, {x}</source>
        <translation>entrada {j}, {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="55"/>
        <source>neuron {j} of layer {l}, {f}</source>
        <translation>neurônio {j} da camada {l}, {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="57"/>
        <source>bias {b} of neuron {j} of layer {l}</source>
        <translation>bias {b} do neurônio {j} da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="59"/>
        <source>weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>peso {w}, do neurônio {i} da camada {k} para o neurônio {j} da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="69"/>
        <source>L not yet computed</source>
        <translation>L ainda não calculado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="73"/>
        <source>{x} not yet computed</source>
        <translation>{x} ainda não calculado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="180"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="198"/>
        <source>The network: Tab and the arrow keys move between its neurons, weights and the loss; Enter edits the focused one.</source>
        <translation>A rede: Tab e as teclas de seta passam entre seus neurônios, seus pesos e a perda; Enter edita o item em foco.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="252"/>
        <source>Step {n}: the start, nothing computed yet</source>
        <translation>Passo {n}: o início, nada calculado ainda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="254"/>
        <source>Loss: L = {L}</source>
        <translation>Perda: L = {L}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="256"/>
        <source>Update, layer {l}: its weights and biases take their new values</source>
        <translation>Atualização, camada {l}: seus pesos e bias assumem os novos valores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="259"/>
        <source>Forward, layer {l}, neuron {j}: z = {z}, x = {x}</source>
        <translation>Passagem direta, camada {l}, neurônio {j}: z = {z}, x = {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="261"/>
        <source>Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}</source>
        <translation>Passagem reversa, camada {l}, neurônio {j}: δ = {delta}, ∂L/∂b = {db}</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="22"/>
        <source>{what}: “{text}” is not a whole number</source>
        <translation>{what}: “{text}” não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="23"/>
        <source>{what}: {low} to {high}, not {value}</source>
        <translation>{what}: de {low} a {high}, não {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="24"/>
        <source>{what}: at most {digits} digits after the decimal point, not {text}</source>
        <translation>{what}: no máximo {digits} casas decimais, não {text}</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../../bpviz/ui/look/colour_legend.py" line="60"/>
        <source>{title}: orange is negative, grey is 0, blue is positive; full colour at ±{scale!r}</source>
        <translation>{title}: laranja é negativo, cinza é 0, azul é positivo; cor plena em ±{scale!r}</translation>
    </message>
</context>
<context>
    <name>CsvBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="23"/>
        <source>Could not import {name}: {problem}. Nothing was imported.</source>
        <translation>Não foi possível importar {name}: {problem}. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="24"/>
        <source>Could not export to {name}: {problem}</source>
        <translation>Não foi possível exportar para {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="25"/>
        <source>There is no data set to export yet.</source>
        <translation>Ainda não há conjunto de dados para exportar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="26"/>
        <source>Import of {name} cancelled; the data is as it was.</source>
        <translation>Importação de {name} cancelada; os dados continuam como estavam.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="48"/>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="51"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="52"/>
        <source>Read points from a CSV file: inputs first, the target last</source>
        <translation>Ler pontos de um arquivo CSV: primeiro as entradas, o alvo por último</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="54"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="55"/>
        <source>Write the points (with any you drew) to a CSV file</source>
        <translation>Gravar os pontos (inclusive os que você desenhou) em um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="77"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="78"/>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="84"/>
        <source>exact 0</source>
        <translation>0 exato</translation>
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
        <translation>Não há conjunto de dados: escolha um no painel Dados.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="159"/>
        <source>The data set has no points yet: click on the data plot to add some.</source>
        <translation>O conjunto de dados ainda não tem pontos: clique no gráfico de dados para adicionar alguns.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="162"/>
        <source>The network has {n} inputs but the data gives {want} ({names}).</source>
        <translation>A rede tem {n} entradas, mas os dados fornecem {want} ({names}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="165"/>
        <source>The network has {n} outputs but the data has {want} target columns.</source>
        <translation>A rede tem {n} saídas, mas os dados têm {want} colunas de alvo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="227"/>
        <source>Data: {name}</source>
        <translation>Dados: {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="235"/>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="245"/>
        <source>class {k} does not exist; this data has {n} classes</source>
        <translation>a classe {k} não existe; estes dados têm {n} classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="252"/>
        <source>Add a point</source>
        <translation>Adicionar um ponto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="257"/>
        <source>there is no point {n}</source>
        <translation>não existe o ponto {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="259"/>
        <source>the data set needs at least one point; clear it to start again</source>
        <translation>o conjunto de dados precisa de pelo menos um ponto; limpe-o para recomeçar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="263"/>
        <source>Remove a point</source>
        <translation>Remover um ponto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="270"/>
        <source>Clear the data</source>
        <translation>Limpar os dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="275"/>
        <source>the test share is 0 % to 90 %, not {share:.0%}</source>
        <translation>a fração de teste vai de 0% a 90%, não {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="277"/>
        <source>Test share {share:.0%}</source>
        <translation>Fração de teste {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="283"/>
        <source>choose at least one input feature</source>
        <translation>escolha pelo menos um atributo de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="285"/>
        <source>input features apply to 2-D data only</source>
        <translation>atributos de entrada valem apenas para dados 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="289"/>
        <source>Inputs: {names}</source>
        <translation>Entradas: {names}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="295"/>
        <source>Training settings</source>
        <translation>Configurações de treinamento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="301"/>
        <source>choose a data set first, or clear one to draw on</source>
        <translation>escolha primeiro um conjunto de dados, ou limpe um para desenhar nele</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="332"/>
        <source>inputs {a} → {b}</source>
        <translation>entradas {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="334"/>
        <source>outputs {a} → {b}</source>
        <translation>saídas {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="336"/>
        <source>output activation {a} → {b}</source>
        <translation>ativação da saída {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="339"/>
        <source>loss {a} → {b}</source>
        <translation>perda {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="342"/>
        <source>regression learns with linear outputs and mean squared error</source>
        <translation>a regressão aprende com saídas lineares e erro quadrático médio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="343"/>
        <source>two classes learn with one sigmoid output and cross-entropy</source>
        <translation>duas classes aprendem com uma saída sigmoide e entropia cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="344"/>
        <source>{k} classes learn with a softmax output per class and cross-entropy</source>
        <translation>{k} classes aprendem com uma saída softmax por classe e entropia cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="346"/>
        <source>To fit {name}: {changes} ({why}). Undo puts them back.</source>
        <translation>Para se ajustar a {name}: {changes} ({why}). Desfazer reverte essas mudanças.</translation>
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
        <translation>Nuvens gaussianas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Two moons</source>
        <translation>Duas luas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="31"/>
        <source>1-D curve (regression)</source>
        <translation>Curva 1D (regressão)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="32"/>
        <source>2-D plane (regression)</source>
        <translation>Plano 2D (regressão)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="37"/>
        <source>Your own points</source>
        <translation>Seus próprios pontos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="38"/>
        <source>Choose a data set…</source>
        <translation>Escolha um conjunto de dados…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="41"/>
        <source>Keep at least one input feature checked: the network needs an input.</source>
        <translation>Mantenha pelo menos um atributo de entrada marcado: a rede precisa de uma entrada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="94"/>
        <source>Data set</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="102"/>
        <source>Which points the network learns from</source>
        <translation>Os pontos com que a rede aprende</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="105"/>
        <source>How many classes (Gaussian blobs and spiral)</source>
        <translation>Quantas classes (nuvens gaussianas e espiral)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="106"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>How many points to generate</source>
        <translation>Quantos pontos gerar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="109"/>
        <source>The random seed: the same seed gives the same points</source>
        <translation>A semente aleatória: a mesma semente gera os mesmos pontos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="110"/>
        <source>Data seed</source>
        <translation>Semente dos dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="114"/>
        <source>How much the points are jittered</source>
        <translation>Quanto os pontos são perturbados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="115"/>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="116"/>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="117"/>
        <source>New points from the next seed</source>
        <translation>Novos pontos com a próxima semente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="120"/>
        <source>The share of points held out to test on</source>
        <translation>A fração dos pontos reservada para teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="121"/>
        <source>Test share</source>
        <translation>Fração de teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="137"/>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="145"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="152"/>
        <source>Input features (2-D data)</source>
        <translation>Atributos de entrada (dados 2D)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="157"/>
        <source>Feed {feature} to the network as an input</source>
        <translation>Fornecer {feature} à rede como entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="320"/>
        <source>The input layer now has 1 neuron</source>
        <translation>A camada de entrada agora tem 1 neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="321"/>
        <source>The input layer now has {k} neurons</source>
        <translation>A camada de entrada agora tem {k} neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has 1 neuron</source>
        <translation>A camada de entrada tem 1 neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has {k} neurons</source>
        <translation>A camada de entrada tem {k} neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="331"/>
        <source>{n} classes</source>
        <translation>{n} classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="332"/>
        <source>regression</source>
        <translation>regressão</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>1 point</source>
        <translation>1 ponto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>{n} points</source>
        <translation>{n} pontos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="337"/>
        <source>{train} train / {test} test</source>
        <translation>{train} treino / {test} teste</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="17"/>
        <source>Put back the last weights that were all finite numbers, then try a smaller α</source>
        <translation>Restaurar os últimos pesos que eram todos números finitos e depois tentar um α menor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="33"/>
        <source>Restore last finite weights</source>
        <translation>Restaurar últimos pesos finitos</translation>
    </message>
</context>
<context>
    <name>DockEnlarger</name>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="47"/>
        <source>⤡ Back in the window</source>
        <translation>⤡ De volta à janela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="48"/>
        <source>Put the map back in its place in the window (F7)</source>
        <translation>Devolver o mapa ao seu lugar na janela (F7)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="50"/>
        <source>⤢ Enlarge</source>
        <translation>⤢ Ampliar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="51"/>
        <source>Show the map large, over the window (F7)</source>
        <translation>Mostrar o mapa grande, sobre a janela (F7)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="273"/>
        <source>{value} is not a finite number</source>
        <translation>{value} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="289"/>
        <source>the example and learning rate must be finite, and α ≥ 0</source>
        <translation>o exemplo e a taxa de aprendizado devem ser finitos, e α ≥ 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="331"/>
        <source>The network</source>
        <translation>A rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="344"/>
        <source>The example</source>
        <translation>O exemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="375"/>
        <source>nothing to focus at {focus}</source>
        <translation>nada para focar em {focus}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="74"/>
        <source>no sample {n} in a batch of {B}</source>
        <translation>não há amostra {n} em um lote de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="92"/>
        <source>no such sample</source>
        <translation>amostra inexistente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="144"/>
        <source>the example needs {inputs} inputs and {targets} targets</source>
        <translation>o exemplo precisa de {inputs} entradas e {targets} alvos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="157"/>
        <source>Set learning rate</source>
        <translation>Definir a taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on a batch of {B}</source>
        <translation>Passo em um lote de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on one sample</source>
        <translation>Passo em uma amostra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="160"/>
        <source>Set example</source>
        <translation>Definir o exemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="166"/>
        <source>a batch holds 1 to {max} samples</source>
        <translation>um lote tem de 1 a {max} amostras</translation>
    </message>
</context>
<context>
    <name>DrawPointsBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="24"/>
        <source>Click the plot to add a point · right-click removes one · Ctrl+click steps with it</source>
        <translation>Clique no gráfico para adicionar um ponto · o clique direito remove um · Ctrl+clique dá um passo com ele</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="35"/>
        <source>Draw your own</source>
        <translation>Desenhe os seus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="47"/>
        <source>A click on the plot adds a point of class {k}</source>
        <translation>Um clique no gráfico adiciona um ponto da classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="53"/>
        <source>Target value</source>
        <translation>Valor-alvo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="59"/>
        <source>A click on the plot adds a point with this target t</source>
        <translation>Um clique no gráfico adiciona um ponto com este alvo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="63"/>
        <source>the height of your click</source>
        <translation>a altura do seu clique</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="64"/>
        <source>1-D data: a click at (x, t) adds input x with target t</source>
        <translation>Dados 1D: um clique em (x, t) adiciona a entrada x com o alvo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="66"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="68"/>
        <source>Clear points</source>
        <translation>Limpar pontos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="69"/>
        <source>Remove every point, to draw your own (undo brings them back)</source>
        <translation>Remover todos os pontos, para desenhar os seus (desfazer os traz de volta)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="95"/>
        <source>Target t</source>
        <translation>Alvo t</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="33"/>
        <source>Learning rate α: it must be 0 or more (it is the size of a step downhill)</source>
        <translation>Taxa de aprendizado α: deve ser 0 ou mais (é o tamanho de um passo ladeira abaixo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="34"/>
        <source>Learning rate α: at most {max_lr:g}</source>
        <translation>Taxa de aprendizado α: no máximo {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="35"/>
        <source>The table holds an example of its own, not this sample of the data set; pick a sample to step on it</source>
        <translation>A tabela contém um exemplo próprio, não esta amostra do conjunto de dados; escolha uma amostra para dar o passo com ela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="37"/>
        <source>How many samples one step runs on (a mini-batch): each sample's forward and backward pass, then the mean of their losses and gradients, which the update uses. With a data set, the step takes its next samples; otherwise type each sample's values in the table.</source>
        <translation>Com quantas amostras um passo é executado (um minilote): a passagem direta e a reversa de cada amostra, depois a média das perdas e dos gradientes, que a atualização usa. Com um conjunto de dados, o passo pega as próximas amostras; sem ele, digite os valores de cada amostra na tabela.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="41"/>
        <source>Which sample of the batch the table, the canvas and the Inspector show. The loss, ∂L/∂w and the update are the batch's: the means over its samples.</source>
        <translation>Qual amostra do lote a tabela, o diagrama e o Inspetor mostram. A perda, ∂L/∂w e a atualização são do lote: as médias sobre suas amostras.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="43"/>
        <source>Not yet computed: step through the forward pass to reach this output neuron</source>
        <translation>Ainda não calculado: avance pela passagem direta até chegar a este neurônio de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>output y</source>
        <translation>saída y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="70"/>
        <source>y_k = x_k^(L), the network's output, once the forward pass has computed it</source>
        <translation>y_k = x_k^(L), a saída da rede, assim que a passagem direta a calcular</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="79"/>
        <source>Double-click or start typing to change an input or a target</source>
        <translation>Clique duas vezes ou comece a digitar para alterar uma entrada ou um alvo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="83"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w (0 or more; press Enter to apply)</source>
        <translation>α, o tamanho de cada passo ladeira abaixo: w ← w − α ∂L/∂w (0 ou mais; pressione Enter para aplicar)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="87"/>
        <source>Sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="90"/>
        <source>Which sample of the data set to step on; finishing a step moves on to the next one</source>
        <translation>Com qual amostra do conjunto de dados dar o passo; ao terminar um passo, passa para a seguinte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="104"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="110"/>
        <source>Showing sample</source>
        <translation>Amostra exibida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="124"/>
        <source>Learning rate α</source>
        <translation>Taxa de aprendizado α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="126"/>
        <source>Showing</source>
        <translation>Exibindo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="214"/>
        <source>input {x}</source>
        <translation>entrada {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="215"/>
        <source>target {t}</source>
        <translation>alvo {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> sample</source>
        <translation> amostra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> samples</source>
        <translation> amostras</translation>
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
        <translation>nenhuma amostra: o exemplo é seu</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="306"/>
        <source>custom example</source>
        <translation>exemplo personalizado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="309"/>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="311"/>
        <source>sample {n}: {what}</source>
        <translation>amostra {n}: {what}</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="52"/>
        <source>All weights and biases</source>
        <translation>Todos os pesos e bias</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="53"/>
        <source>Check every parameter instead of the focused weight or neuron</source>
        <translation>Verificar todos os parâmetros em vez do peso ou do neurônio em foco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="58"/>
        <source>The step ε of the central difference</source>
        <translation>O passo ε da diferença central</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
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
        <translation>O peso w_ji^(l) ou o bias b_j^(l)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="67"/>
        <source>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass</source>
        <translation>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), da passagem reversa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="68"/>
        <source>(L(w + ε) − L(w − ε)) / 2ε, from the loss alone</source>
        <translation>(L(w + ε) − L(w − ε)) / 2ε, só a partir da perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="69"/>
        <source>|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above</source>
        <translation>|a − b| / max(|a|, |b|): ✓ abaixo de {agree:g}, ⚠ acima</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="182"/>
        <source>Backprop: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.</source>
        <translation>Retropropagação: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numérico: (L(w + ε) − L(w − ε)) / 2ε com ε = {eps}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="185"/>
        <source>Checking the first {shown:,} of {total:,} parameters.</source>
        <translation>Verificando os primeiros {shown:,} de {total:,} parâmetros.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="195"/>
        <source>Click a weight or a neuron to check its gradient, or tick “All weights and biases”.</source>
        <translation>Clique em um peso ou em um neurônio para verificar seu gradiente, ou marque “Todos os pesos e bias”.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="218"/>
        <source>Not a finite number: the weights have diverged.</source>
        <translation>Não é um número finito: os pesos divergiram.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="221"/>
        <source>Backpropagation and the finite difference agree to better than {agree:g}.</source>
        <translation>A retropropagação e a diferença finita concordam com precisão melhor que {agree:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="225"/>
        <source>They differ by more than {agree:g}. The finite difference keeps only the digits the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.</source>
        <translation>Elas diferem em mais de {agree:g}. A diferença finita guarda apenas os dígitos que o arredondamento da perda deixa: quando ∂L/∂w é minúsculo perto de L, tente um ε maior.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="239"/>
        <source>&lt;span style='color:#8a8a8a'&gt;Some numbers are not finite: the weights have diverged.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a8a8a'&gt;Alguns números não são finitos: os pesos divergiram.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="243"/>
        <source>✓ All {n} agree: the largest relative difference is {worst}.</source>
        <translation>✓ Todos os {n} concordam: a maior diferença relativa é {worst}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="246"/>
        <source>⚠ {k} of {n} differ by more than {agree:g}.</source>
        <translation>⚠ {k} de {n} diferem em mais de {agree:g}.</translation>
    </message>
</context>
<context>
    <name>GradientHealthNote</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="26"/>
        <source>Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.</source>
        <translation>A camada {l} está morta: seus {n} neurônios ReLU têm z ≤ 0 para toda amostra de treino, então x = 0 e f′(z) = 0. Nenhum gradiente volta por ela: ∂L/∂W das camadas {below} é exatamente 0 e esses pesos não conseguem mais aprender. Tente {advice} e depois Reinicializar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="30"/>
        <source>Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient reaches the layers before it. The Gradients tab says what to try.</source>
        <translation>A camada {l} morreu: todo neurônio ReLU dela tem z ≤ 0 para toda amostra, então nenhum gradiente chega às camadas anteriores a ela. A aba Gradientes diz o que tentar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="32"/>
        <source>a smaller α (now {lr:g})</source>
        <translation>um α menor (agora {lr:g})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="33"/>
        <source>leaky ReLU</source>
        <translation>a leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="34"/>
        <source>He initialisation</source>
        <translation>a inicialização de He</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="35"/>
        <source>The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer change. Look for a dead layer after it, or Re-initialise with a smaller α.</source>
        <translation>O gradiente da camada {l} foi exatamente 0 na última época: seus pesos não mudam mais. Procure uma camada morta depois dela, ou use Reinicializar com um α menor.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="38"/>
        <source>Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights get no gradient). Leaky ReLU keeps a small slope below 0.</source>
        <translation>Mortos: {k} de {n} neurônios ReLU da camada {l} (z ≤ 0 para toda amostra; seus pesos não recebem gradiente). A leaky ReLU mantém uma pequena inclinação abaixo de 0.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="40"/>
        <source>Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is the vanishing gradient; ReLU, or smaller starting weights, helps.</source>
        <translation>Saturados: {k} de {n} neurônios {f} da camada {l} têm, em média, f′(z) abaixo de {share:.0%} da sua inclinação máxima, então seu δ é minúsculo, mas não 0: eles aprendem devagar. Este é o gradiente evanescente; a ReLU, ou pesos iniciais menores, ajuda.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="51"/>
        <source>(looked at on {n} of the {total} training samples)</source>
        <translation>(observado em {n} das {total} amostras de treino)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="145"/>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="59"/>
        <source>Paths from {w} to {L}: {n}</source>
        <translation>Caminhos de {w} até {L}: {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="61"/>
        <source>The first {shown} of {n} paths are written; the sum is over all {n}.</source>
        <translation>Estão escritos os primeiros {shown} dos {n} caminhos; a soma é sobre todos os {n}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="67"/>
        <source>The sum of the paths: {total} = {gradient}</source>
        <translation>A soma dos caminhos: {total} = {gradient}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="70"/>
        <source>as backpropagation computes it: {delta} {x} = {value}</source>
        <translation>como a retropropagação o calcula: {delta} {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="74"/>
        <source>which the backward pass computes as δ x when it reaches layer {l}</source>
        <translation>que a passagem reversa calcula como δ x ao chegar à camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="79"/>
        <source>The batch's gradient, which the update uses, is the mean of the {B} samples' own: {gradient} = (1/{B})·({terms}) = {value}</source>
        <translation>O gradiente do lote, que a atualização usa, é a média dos gradientes das {B} amostras: {gradient} = (1/{B})·({terms}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="84"/>
        <source>Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.</source>
        <translation>Cada derivada local é conhecida assim que a passagem direta calcula a caixa a que ela leva: então a soma dos caminhos aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="86"/>
        <source>Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} multiplications; forward mode, one pass through the network for each of them, would take {f:,}.</source>
        <translation>O modo reverso (retropropagação) encontra todas as {p} derivadas ∂L/∂w e ∂L/∂b desta rede com {r:,} multiplicações; o modo direto, uma passagem pela rede para cada uma delas, precisaria de {f:,}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="195"/>
        <source>Orange: ∂L/∂ of each box · outlined: this event · purple: the focused weight's paths to L (click a product)</source>
        <translation>Laranja: ∂L/∂ de cada caixa · contorno: este evento · roxo: os caminhos do peso em foco até L (clique em um produto)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="198"/>
        <source>Too many operations to draw: neuron {j} of layer {l}'s are drawn, its weight's paths written below</source>
        <translation>Operações demais para desenhar: são desenhadas as do neurônio {j} da camada {l}, e os caminhos do seu peso estão escritos abaixo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="201"/>
        <source>Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's mean below · </source>
        <translation>Amostra {n} de um lote de {B}: cada ∂ é da sua própria perda L{sub}, a média do lote abaixo · </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="205"/>
        <source>The step's operations, each with its value and (orange) its ∂L/∂. Outlined: what this event computes · purple: the focused weight's paths to L (click a product to choose) · drag to see more, Ctrl +/− to zoom.</source>
        <translation>As operações do passo, cada uma com seu valor e (em laranja) sua ∂L/∂. Contorno: o que este evento calcula · roxo: os caminhos do peso em foco até L (clique em um produto para escolher) · arraste para ver mais, Ctrl +/− para zoom.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="86"/>
        <source>Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.</source>
        <translation>Rede {sizes}, ativações {activations}, perda {loss}, taxa de aprendizado α = {lr}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="89"/>
        <source>The output is y = {y}.</source>
        <translation>A saída é y = {y}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="91"/>
        <source>Sample {k}: input {x} = ({input}); target t = ({target}).</source>
        <translation>Amostra {k}: entrada {x} = ({input}); alvo t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="94"/>
        <source>A batch of {B} samples: the loss is the mean of theirs, and the update uses the mean of their gradients.</source>
        <translation>Um lote de {B} amostras: a perda é a média das perdas delas, e a atualização usa a média dos seus gradientes.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="97"/>
        <source>Input {x} = ({input}); target t = ({target}).</source>
        <translation>Entrada {x} = ({input}); alvo t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (output)</source>
        <translation>Camada {l} (saída)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (hidden)</source>
        <translation>Camada {l} (oculta)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="145"/>
        <source>The network</source>
        <translation>A rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="150"/>
        <source>In general:</source>
        <translation>Em geral:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="166"/>
        <source>Weights before → after</source>
        <translation>Pesos antes → depois</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Equation</source>
        <translation>Equação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="229"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Forward pass</source>
        <translation>Passagem direta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Backward pass</source>
        <translation>Passagem reversa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="59"/>
        <source>the picture of the network could not be encoded</source>
        <translation>a imagem da rede não pôde ser codificada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="167"/>
        <source>choose a file name ending in .pdf, .html or .md</source>
        <translation>escolha um nome de arquivo terminado em .pdf, .html ou .md</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="206"/>
        <source>this network has {n:,} weights and biases; a handout writes out every equation, so it is made for networks of up to {limit:,}</source>
        <translation>esta rede tem {n:,} pesos e bias; uma apostila escreve cada equação por extenso, por isso é feita para redes de até {limit:,}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="212"/>
        <source>this step's numbers are not all finite (the weights have diverged); restore finite weights first</source>
        <translation>os números deste passo não são todos finitos (os pesos divergiram); restaure pesos finitos primeiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="224"/>
        <source>Cannot export the worked example: {reason}.</source>
        <translation>Não é possível exportar o exemplo resolvido: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="233"/>
        <source>One step of backpropagation: {name}</source>
        <translation>Um passo de retropropagação: {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="242"/>
        <source>Could not export {name}: {reason}. Nothing was written; your work is unchanged.</source>
        <translation>Não foi possível exportar {name}: {reason}. Nada foi gravado; seu trabalho não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="245"/>
        <source>Exported the worked example in matrix form to {files}</source>
        <translation>O exemplo resolvido foi exportado na forma matricial para {files}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="246"/>
        <source>Exported the worked example to {files}</source>
        <translation>O exemplo resolvido foi exportado para {files}</translation>
    </message>
</context>
<context>
    <name>HintOverlay</name>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="53"/>
        <source>step forward / back through the algorithm, one neuron at a time</source>
        <translation>avançar / voltar pelo algoritmo, um neurônio por vez</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="54"/>
        <source>Click</source>
        <translation>Clique</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="55"/>
        <source>a neuron, an edge or the loss: its equations, with the numbers</source>
        <translation>um neurônio, uma aresta ou a perda: suas equações, com os números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="56"/>
        <source>Double-click</source>
        <translation>Clique duplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="57"/>
        <source>type a new weight or bias</source>
        <translation>digitar um novo peso ou bias</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="58"/>
        <source>train on a data set, and pause</source>
        <translation>treinar com um conjunto de dados, e pausar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="59"/>
        <source>every keyboard shortcut</source>
        <translation>todos os atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="77"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="101"/>
        <source>Press any key or click to begin. Help ▸ Show hints brings these back.</source>
        <translation>Pressione qualquer tecla ou clique para começar. Ajuda ▸ Mostrar dicas traz estas dicas de volta.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="37"/>
        <source>f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however large ∂L/∂x is; its incoming weights barely learn.</source>
        <translation>f'(z) ≈ 0: este neurônio está saturado, então δ = ∂L/∂x · f'(z) é pequeno por maior que seja ∂L/∂x; seus pesos de entrada quase não aprendem.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="39"/>
        <source>With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t directly: a confidently wrong output still learns fast.</source>
        <translation>Com entropia cruzada depois de uma saída {f}, ∂L/∂y e f'(z) se cancelam, então δ = y − t diretamente: uma saída errada com muita confiança ainda aprende rápido.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="41"/>
        <source>The output is y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; is ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</source>
        <translation>A saída é y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; é ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="43"/>
        <source>An input has no weights of its own: the backward pass stops at layer 1.</source>
        <translation>Uma entrada não tem pesos próprios: a passagem reversa para na camada 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="44"/>
        <source>The value this step's forward pass uses.</source>
        <translation>O valor que a passagem direta deste passo usa.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="45"/>
        <source>This network has {n:,} parameters; equations are written out with their numbers up to {limit:,}. The values below are the trace's.</source>
        <translation>Esta rede tem {n:,} parâmetros; as equações são escritas com seus números até {limit:,}. Os valores abaixo são os do registro do passo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="47"/>
        <source>… and {n:,} more incoming weights: see the weights table.</source>
        <translation>… e mais {n:,} pesos de entrada: veja a tabela de pesos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="48"/>
        <source>Nothing in focus: click a neuron, an edge or the loss.</source>
        <translation>Nada em foco: clique em um neurônio, em uma aresta ou na perda.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="71"/>
        <source>Matrix form</source>
        <translation>Forma matricial</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="72"/>
        <source>Write the focused layer's step as vectors and matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of neuron by neuron (X)</source>
        <translation>Escrever o passo da camada em foco com vetores e matrizes (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) em vez de neurônio por neurônio (X)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Forward pass</source>
        <translation>Passagem direta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Backward pass</source>
        <translation>Passagem reversa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="227"/>
        <source>Step {step} · {event}</source>
        <translation>Passo {step} · {event}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="229"/>
        <source>Step {step} · start: nothing computed yet</source>
        <translation>Passo {step} · início: nada calculado ainda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="231"/>
        <source>sample {n} of {B}</source>
        <translation>amostra {n} de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="272"/>
        <source>Neuron {j} of layer {l} (output) · {f}</source>
        <translation>Neurônio {j} da camada {l} (saída) · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="273"/>
        <source>Neuron {j} of layer {l} · {f}</source>
        <translation>Neurônio {j} da camada {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="275"/>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="278"/>
        <source>Update · α = {lr}</source>
        <translation>Atualização · α = {lr}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="295"/>
        <source>Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})</source>
        <translation>Peso {w} (do neurônio {i} da camada {k} para o neurônio {j} da camada {l})</translation>
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
        <translation>Perda · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="317"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="318"/>
        <source>Its derivative for each output</source>
        <translation>Sua derivada para cada saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="325"/>
        <source>Input {i} of sample {n} of the data set “{name}”.</source>
        <translation>Entrada {i} da amostra {n} do conjunto de dados “{name}”.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="328"/>
        <source>Input {i} of the example, as set for this step.</source>
        <translation>Entrada {i} do exemplo, como definida para este passo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="329"/>
        <source>Input {i} · layer 0</source>
        <translation>Entrada {i} · camada 0</translation>
    </message>
</context>
<context>
    <name>InspectorMatrix</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="26"/>
        <source>Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus another neuron to move them; the weights table has every number.</source>
        <translation>A camada {l} tem {n} neurônios; exibidos: {shown}, ⋯ representa os demais. Ponha outro neurônio em foco para deslocá-los; a tabela de pesos tem todos os números.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="28"/>
        <source>rows {first}–{last}</source>
        <translation>linhas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="29"/>
        <source>columns {first}–{last}</source>
        <translation>colunas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="30"/>
        <source>A batch of {B} samples: X, Z and Δ have a column per sample; the shown sample's is highlighted ({n}). The gradients are the mean over the columns.</source>
        <translation>Um lote de {B} amostras: X, Z e Δ têm uma coluna por amostra; a da amostra exibida está destacada ({n}). Os gradientes são a média sobre as colunas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="33"/>
        <source>The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the others. Show another sample (Example panel) to move them.</source>
        <translation>O lote tem {B} amostras; exibidas: amostras {first}–{last}, ⋯ representa as demais. Exiba outra amostra (painel Exemplo) para deslocá-las.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="35"/>
        <source>The matrix form is written for a step without a weight penalty.</source>
        <translation>A forma matricial é escrita para um passo sem penalidade nos pesos.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="36"/>
        <source>Forward pass · layer {l}</source>
        <translation>Passagem direta · camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="37"/>
        <source>Backward pass · layer {l}</source>
        <translation>Passagem reversa · camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="38"/>
        <source>Update · layer {l}</source>
        <translation>Atualização · camada {l}</translation>
    </message>
</context>
<context>
    <name>LastEpochBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="19"/>
        <source>Mean loss over the set, penalty included, after the last epoch</source>
        <translation>Perda média sobre o conjunto, com a penalidade, após a última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="20"/>
        <source>Share of samples the network classifies right, after the last epoch</source>
        <translation>Fração de amostras que a rede classifica corretamente, após a última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="28"/>
        <source>Last epoch</source>
        <translation>Última época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="44"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="45"/>
        <source>accuracy</source>
        <translation>acurácia</translation>
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
        <translation>Ainda não é possível treinar: {problem}</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="68"/>
        <source>unknown action {kind!r}</source>
        <translation>ação desconhecida {kind!r}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="93"/>
        <source> of layer {layer}</source>
        <translation> da camada {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="94"/>
        <source>, neuron {j}</source>
        <translation>, neurônio {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="95"/>
        <source>the step-through has no {phase} event{where}{who} in this network</source>
        <translation>o passo a passo não tem nenhum evento {phase}{where}{who} nesta rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="105"/>
        <source>the network (layer sizes {sizes}) has no {name}</source>
        <translation>a rede (tamanhos das camadas {sizes}) não tem {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="114"/>
        <source>edge w_{j}{i}^({layer})</source>
        <translation>aresta w_{j}{i}^({layer})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="117"/>
        <source>neuron {j} in layer {layer}</source>
        <translation>neurônio {j} na camada {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="126"/>
        <source>the network has layers 0 to {L}, not {layer}</source>
        <translation>a rede tem as camadas 0 a {L}, não {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="132"/>
        <source>the network has weighted layers 1 to {L}, not {layer}</source>
        <translation>a rede tem as camadas com pesos 1 a {L}, não {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>exactly</source>
        <translation>exatamente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>to within {gap}</source>
        <translation>com tolerância de {gap}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="65"/>
        <source>to within {gap} × the value</source>
        <translation>com tolerância de {gap} × o valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="66"/>
        <source>to {digits} significant digits</source>
        <translation>com {digits} algarismos significativos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="76"/>
        <source>the number of the layer with the smallest gradient</source>
        <translation>o número da camada com o menor gradiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="81"/>
        <source>{symbol} after the update</source>
        <translation>{symbol} após a atualização</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="90"/>
        <source>no epoch has been trained yet: train first, then read the gradients</source>
        <translation>nenhuma época foi treinada ainda: treine primeiro, depois leia os gradientes</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="33"/>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="34"/>
        <source>Guided walks through backpropagation, one equation at a time. Pick one and press Enter.</source>
        <translation>Lições guiadas pela retropropagação, uma equação por vez. Escolha uma e pressione Enter.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="52"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="53"/>
        <source>Start the lesson, or carry on where you left it</source>
        <translation>Iniciar a lição, ou continuar de onde você parou</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="55"/>
        <source>Start &amp;over</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="56"/>
        <source>Begin the lesson again from its first step</source>
        <translation>Começar a lição de novo desde a primeira etapa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="58"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir arquivo de lição…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="59"/>
        <source>Read a lesson written as a TOML file (see the README)</source>
        <translation>Ler uma lição escrita como arquivo TOML (veja o README)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="122"/>
        <source>✓ You finished “{title}”. Choose the next lesson.</source>
        <translation>✓ Você concluiu “{title}”. Escolha a próxima lição.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="146"/>
        <source>{name}
⚠ Cannot be used: see below</source>
        <translation>{name}
⚠ Não pode ser usada: veja abaixo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="155"/>
        <source>No lessons found.</source>
        <translation>Nenhuma lição encontrada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="157"/>
        <source>&lt;b&gt;{name} cannot be used:&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;{name} não pode ser usada:&lt;/b&gt;&lt;br&gt;{error}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="163"/>
        <source>&amp;Resume at step {n}</source>
        <translation>&amp;Continuar na etapa {n}</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="38"/>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="87"/>
        <source>{name} is not a usable lesson ({count} problem(s)); the Lesson panel lists them.</source>
        <translation>{name} não é uma lição utilizável ({count} problema(s)); o painel Lição os lista.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="80"/>
        <source>Type a number, e.g. 0.378</source>
        <translation>Digite um número, p. ex. 0,378</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="82"/>
        <source>&amp;Check</source>
        <translation>&amp;Conferir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="83"/>
        <source>Check your answer or what you did (Enter)</source>
        <translation>Conferir sua resposta ou o que você fez (Enter)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="110"/>
        <source>◂ &amp;Back</source>
        <translation>◂ &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="111"/>
        <source>The previous step (the lesson sets the network up again)</source>
        <translation>A etapa anterior (a lição prepara a rede de novo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="113"/>
        <source>&amp;Leave</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="114"/>
        <source>Close the lesson; it resumes at this step next time</source>
        <translation>Fechar a lição; ela continua nesta etapa da próxima vez</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="196"/>
        <source>Step {n} of {m}</source>
        <translation>Etapa {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="210"/>
        <source>Your value of {symbol}, {tolerance}; Enter checks it</source>
        <translation>Seu valor de {symbol}, {tolerance}; Enter o confere</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>Finish ✓</source>
        <translation>Concluir ✓</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>&amp;Next ▸</source>
        <translation>&amp;Próxima ▸</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="223"/>
        <source>Do the task first</source>
        <translation>Faça a tarefa primeiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Step through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Your turn</source>
        <translation>Sua vez</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Edit the network</source>
        <translation>Edite a rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Train</source>
        <translation>Treine</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="245"/>
        <source>Change the network</source>
        <translation>Mude a rede</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="79"/>
        <source>step {n} of {m}</source>
        <translation>etapa {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="82"/>
        <source>▶ Open: {where}</source>
        <translation>▶ Aberta: {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done</source>
        <translation>✓ Concluída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done · again at {where}</source>
        <translation>✓ Concluída · de novo em {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>◐ In progress: {where}</source>
        <translation>◐ Em andamento: {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>○ Not started</source>
        <translation>○ Não iniciada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="148"/>
        <source>This task cannot be checked: {reason}.</source>
        <translation>Esta tarefa não pode ser conferida: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="151"/>
        <source>Done.</source>
        <translation>Feito.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="153"/>
        <source>Not yet: {hint}</source>
        <translation>Ainda não: {hint}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="154"/>
        <source>Not yet.</source>
        <translation>Ainda não.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="186"/>
        <source>Lesson step {n}: could not {what}: {reason}.</source>
        <translation>Etapa {n} da lição: não foi possível executar {what}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="194"/>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="202"/>
        <source>Right: layer {n} has the smallest gradient.</source>
        <translation>Certo: a camada {n} tem o menor gradiente.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="204"/>
        <source>Right: {symbol} = {value}</source>
        <translation>Certo: {symbol} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="210"/>
        <source>Not yet: layer {typed} is not the one.</source>
        <translation>Ainda não: a camada {typed} não é a certa.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="212"/>
        <source>Not yet: {typed} is not {symbol} {tolerance}.</source>
        <translation>Ainda não: {typed} não é {symbol} {tolerance}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="215"/>
        <source>Check the sign.</source>
        <translation>Confira o sinal.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="219"/>
        <source>The engine's value is {value}; type it to go on.</source>
        <translation>O valor calculado pelo programa é {value}; digite-o para continuar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="101"/>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="103"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="104"/>
        <source>Gradient check</source>
        <translation>Verificar gradiente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="106"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="107"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="108"/>
        <source>Train</source>
        <translation>Treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="109"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="110"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="111"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="112"/>
        <source>Weight matrices</source>
        <translation>Matrizes de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="223"/>
        <source>Could not open {name}: {reason}. The current document is unchanged.</source>
        <translation>Não foi possível abrir {name}: {reason}. O documento atual não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="238"/>
        <source>Could not open the preset {name}: {reason}</source>
        <translation>Não foi possível abrir a predefinição {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="259"/>
        <source>Could not save {name}: {reason}. Your work is still open and still unsaved.</source>
        <translation>Não foi possível salvar {name}: {reason}. Seu trabalho continua aberto e ainda não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="263"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="308"/>
        <source>The step runs on one sample: set Batch in the Example panel to step on several at once.</source>
        <translation>O passo usa uma amostra: defina Lote no painel Exemplo para dar o passo com várias de uma vez.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="377"/>
        <source>{what} changed: the step is recomputed from it, back at event {k} of {n}</source>
        <translation>{what} mudou: o passo é recalculado a partir disso, de volta ao evento {k} de {n}</translation>
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
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="24"/>
        <source>Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L to edit its bias, or an input neuron to edit the input.</source>
        <translation>Nada para editar aí: selecione uma aresta para editar seu peso, um neurônio das camadas 1 a L para editar seu bias, ou um neurônio de entrada para editar a entrada.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="116"/>
        <source>New value of {what}: Enter sets it, Esc cancels</source>
        <translation>Novo valor de {what}: Enter define, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="191"/>
        <source>Edit {what}…</source>
        <translation>Editar {what}…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="208"/>
        <source>Add neuron to layer {l}</source>
        <translation>Adicionar neurônio à camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="209"/>
        <source>Remove this neuron</source>
        <translation>Remover este neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="220"/>
        <source>Remove the last neuron of layer {l}</source>
        <translation>Remover o último neurônio da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="243"/>
        <source>Add hidden layer</source>
        <translation>Adicionar camada oculta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="244"/>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="252"/>
        <source>Add hidden layer before layer {l}</source>
        <translation>Adicionar camada oculta antes da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="255"/>
        <source>Add hidden layer after layer {l}</source>
        <translation>Adicionar camada oculta depois da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="258"/>
        <source>Remove layer {l}</source>
        <translation>Remover a camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="260"/>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="27"/>
        <source>Select a neuron first: click it, or move with Tab and the Up and Down keys.</source>
        <translation>Selecione um neurônio primeiro: clique nele, ou mova-se com Tab e as teclas de seta para cima e para baixo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="29"/>
        <source>An input neuron and the loss have no incoming weights: W moves from a neuron of layer 1 or above to its weights, and back.</source>
        <translation>Um neurônio de entrada e a perda não têm pesos de entrada: W passa de um neurônio da camada 1 ou superior para os seus pesos, e volta.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="140"/>
        <source>Loss · {loss}</source>
        <translation>Perda · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="142"/>
        <source>Mean loss of {B} · {loss}</source>
        <translation>Perda média de {B} · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="27"/>
        <source>Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.</source>
        <translation>Saturado: f′(z) = {f_prime:.3g} está abaixo de 2% da maior inclinação de {name}, {slope:g}, então δ = ∂L/∂x · f′(z) será pequeno e seus pesos quase não vão mudar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="30"/>
        <source>{not_yet}: step forward to reveal it</source>
        <translation>{not_yet}: avance para revelá-lo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="34"/>
        <source>Edges: weight w</source>
        <translation>Arestas: peso w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="35"/>
        <source>Edges: gradient ∂L/∂w</source>
        <translation>Arestas: gradiente ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="36"/>
        <source>Edges: Δw · labels: new w</source>
        <translation>Arestas: Δw · rótulos: novo w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="37"/>
        <source>Neurons: output x</source>
        <translation>Neurônios: saída x</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="38"/>
        <source>Neurons: error δ = ∂L/∂z</source>
        <translation>Neurônios: erro δ = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="238"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Output · {f}</source>
        <translation>Saída · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Layer {l} · {f}</source>
        <translation>Camada {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="265"/>
        <source>{header}: right-click for layer actions</source>
        <translation>{header}: clique com o botão direito para as ações da camada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="268"/>
        <source>Loss L ({loss}) = {value}</source>
        <translation>Perda L ({loss}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="270"/>
        <source>target {t} = {value} (double-click to edit)</source>
        <translation>alvo {t} = {value} (clique duas vezes para editar)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="278"/>
        <source>double-click to edit the weight</source>
        <translation>clique duas vezes para editar o peso</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="283"/>
        <source>double-click to edit the bias</source>
        <translation>clique duas vezes para editar o bias</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the input layer</source>
        <translation>Adicionar um neurônio à camada de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the output layer</source>
        <translation>Adicionar um neurônio à camada de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="291"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Adicionar um neurônio à camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="293"/>
        <source>Remove the last neuron of the input layer</source>
        <translation>Remover o último neurônio da camada de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="294"/>
        <source>Remove the last neuron of the output layer</source>
        <translation>Remover o último neurônio da camada de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="302"/>
        <source>input {x} = {value}
double-click to edit</source>
        <translation>entrada {x} = {value}
clique duas vezes para editar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="316"/>
        <source>{b} = {value} (double-click to edit)</source>
        <translation>{b} = {value} (clique duas vezes para editar)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="145"/>
        <source>{symbol} at each point of the input plane with this target t</source>
        <translation>{symbol} em cada ponto do plano de entrada com este alvo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="146"/>
        <source>{symbol} over the input plane</source>
        <translation>{symbol} sobre o plano de entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="147"/>
        <source>Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, orange at {low:.3g}; the ring marks this sample</source>
        <translation>Mapa: {what} (x₁ para a direita, x₂ para cima): cinza em {centre:.3g}, azul em {high:.3g}, laranja em {low:.3g}; o anel marca esta amostra</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="15"/>
        <source>Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label its edges, or read every value in the Weights tab</source>
        <translation>Valores sem espaço neste tamanho: {n}. Aumente o zoom (Ctrl +), ponha um neurônio em foco para rotular suas arestas, ou leia todos os valores na aba Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="17"/>
        <source>Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab</source>
        <translation>Ocultos: {n}. Aumente o zoom (Ctrl +) ou veja a aba Pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="18"/>
        <source>Hidden: {n}</source>
        <translation>Ocultos: {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="19"/>
        <source>Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights tab lists every one.</source>
        <translation>Arestas desenhadas: as {drawn:,} mais fortes de {all:,} (cada camada com sua parte); a aba Pesos lista todas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="21"/>
        <source>{drawn:,} of {all:,} edges drawn</source>
        <translation>{drawn:,} de {all:,} arestas desenhadas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/network_canvas.py" line="227"/>
        <source>Export picture…</source>
        <translation>Exportar imagem…</translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or move with the Up and Down keys.</source>
        <translation type="vanished">Selecione um neurônio primeiro: clique nele, ou mova-se com as teclas de seta para cima e para baixo.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="34"/>
        <source>auto (by activation)</source>
        <translation>auto (pela ativação)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="37"/>
        <source>uniform ±0.5</source>
        <translation>uniforme ±0,5</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="39"/>
        <source>How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. Auto: He for ReLU layers, Xavier for the others.</source>
        <translation>Como os novos pesos são sorteados; os bias começam em 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), para sigmoide e tanh. He: w ~ N(0, 2 / n_in), para ReLU. Auto: He para camadas ReLU, Xavier para as demais.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="87"/>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="89"/>
        <source>+  Add hidden layer</source>
        <translation>+  Adicionar camada oculta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="90"/>
        <source>Insert a hidden layer of 2 neurons just before the output layer</source>
        <translation>Inserir uma camada oculta de 2 neurônios logo antes da camada de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="97"/>
        <source>The loss L the network learns to make small. Cross-entropy follows a sigmoid or softmax output layer</source>
        <translation>A perda L que a rede aprende a tornar pequena. A entropia cruzada vem depois de uma camada de saída sigmoide ou softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="107"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="110"/>
        <source>The same seed always draws the same weights; change it for others</source>
        <translation>A mesma semente sempre sorteia os mesmos pesos; mude-a para obter outros</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="112"/>
        <source>Re-initialise weights</source>
        <translation>Reinicializar pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="113"/>
        <source>Draw new weights with this scheme and seed (undoable)</source>
        <translation>Sortear novos pesos com este esquema e esta semente (pode ser desfeito)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="116"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="118"/>
        <source>Initial weights</source>
        <translation>Pesos iniciais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="120"/>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="152"/>
        <source>neurons</source>
        <translation>neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="153"/>
        <source>activation f</source>
        <translation>ativação f</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Layer {l}</source>
        <translation>Camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="182"/>
        <source>layer 0 (x⁽⁰⁾, the inputs)</source>
        <translation>camada 0 (x⁽⁰⁾, as entradas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="183"/>
        <source>layer {l} (y, the outputs)</source>
        <translation>camada {l} (y, as saídas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="184"/>
        <source>layer {l}</source>
        <translation>camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="185"/>
        <source>{layer}: neurons</source>
        <translation>{layer}: neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of inputs</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of outputs</source>
        <translation>Número de saídas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="189"/>
        <source>Number of neurons in layer {l}</source>
        <translation>Número de neurônios na camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="197"/>
        <source>f, the activation of layer {l}: x = f(z)</source>
        <translation>f, a ativação da camada {l}: x = f(z)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="203"/>
        <source>Remove layer {l}</source>
        <translation>Remover a camada {l}</translation>
    </message>
</context>
<context>
    <name>PaperPicture</name>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="23"/>
        <source>After the forward pass and the loss: x in each neuron, each weight w on its edge</source>
        <translation>Após a passagem direta e a perda: x em cada neurônio, cada peso w em sua aresta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="25"/>
        <source>After the update: δ in each neuron, each new weight (and its change Δw) on its edge</source>
        <translation>Após a atualização: δ em cada neurônio, cada novo peso (e sua variação Δw) em sua aresta</translation>
    </message>
</context>
<context>
    <name>PointerOnPoints</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (test)</source>
        <translation>ponto {n} (teste)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (train)</source>
        <translation>ponto {n} (treino)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k} (t = {t})</source>
        <translation>classe {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="36"/>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="39"/>
        <source>target t = {t}</source>
        <translation>alvo t = {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="44"/>
        <source>network output y = {y}</source>
        <translation>saída da rede y = {y}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="46"/>
        <source>network output: class {k}, y = ({y})</source>
        <translation>saída da rede: classe {k}, y = ({y})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="101"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="105"/>
        <source>As the system: {language}</source>
        <translation>Igual ao sistema: {language}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="117"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="121"/>
        <source>The size of the numbers, labels and neurons on the canvas and in every panel (100 % is the usual size)</source>
        <translation>O tamanho dos números, rótulos e neurônios no diagrama e em todos os painéis (100% é o tamanho normal)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="123"/>
        <source>Significant digits</source>
        <translation>Algarismos significativos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="125"/>
        <source>Significant digits of every number shown; hovering a number shows it in full</source>
        <translation>Algarismos significativos de cada número exibido; passar o mouse sobre um número mostra-o por completo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="127"/>
        <source>Learning rate α</source>
        <translation>Taxa de aprendizado α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="133"/>
        <source>The learning rate α that File ▸ New starts with</source>
        <translation>A taxa de aprendizado α com que Arquivo ▸ Novo começa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>Tamanho do te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="141"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="143"/>
        <source>Significant &amp;digits:</source>
        <translation>Algarismos &amp;significativos:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="144"/>
        <source>New documents</source>
        <translation>Novos documentos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="146"/>
        <source>Learning rate &amp;α:</source>
        <translation>Taxa de aprendizado &amp;α:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="147"/>
        <source>Open documents keep their own α; File ▸ New uses this one.</source>
        <translation>Os documentos abertos mantêm o próprio α; Arquivo ▸ Novo usa este.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="203"/>
        <source>bpviz speaks {language} from its next start (this window keeps its language).</source>
        <translation>O bpviz usará o idioma {language} a partir da próxima vez que for iniciado (esta janela mantém o idioma atual).</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="253"/>
        <source>T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  Esc leaves presenter mode</source>
        <translation>T treina ou pausa  ·  [ e ] mais devagar e mais rápido  ·  B apaga a tela  ·  Esc sai do modo de apresentação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="255"/>
        <source>Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  H high contrast  ·  Esc leaves presenter mode</source>
        <translation>Page Down / Page Up ou → / ← avançam e voltam  ·  B apaga a tela  ·  H alto contraste  ·  Esc sai do modo de apresentação</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="24"/>
        <source>Record an animation</source>
        <translation>Gravar uma animação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="29"/>
        <source>The rest of this step, from where it is now</source>
        <translation>O restante deste passo, a partir de onde ele está agora</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="30"/>
        <source>A whole step, from its start</source>
        <translation>Um passo inteiro, desde o início</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="31"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="35"/>
        <source>Training needs a data set: choose one in the Data panel</source>
        <translation>O treinamento precisa de um conjunto de dados: escolha um no painel Dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each neuron</source>
        <translation>Cada neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each layer</source>
        <translation>Cada camada</translation>
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
        <translation>Treinar por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="41"/>
        <source>A frame every</source>
        <translation>Um quadro a cada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="42"/>
        <source>Recording training trains the network for real: the epochs stay, as when you press Train. Train ▸ Reset puts the starting weights back.</source>
        <translation>Gravar o treinamento treina a rede de verdade: as épocas permanecem, como quando você treina pelo painel Treino. Treinar ▸ Redefinir para os pesos iniciais restaura os pesos do início.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="48"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="49"/>
        <source>Output map</source>
        <translation>Mapa de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="53"/>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="54"/>
        <source>PNG sequence (frame_0001.png …)</source>
        <translation>Sequência de PNG (frame_0001.png …)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source>Each frame shows for</source>
        <translation>Cada quadro dura</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="69"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="70"/>
        <source>One frame for</source>
        <translation>Um quadro por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="74"/>
        <source>Picture of</source>
        <translation>Imagem de</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="77"/>
        <source>File or folder</source>
        <translation>Arquivo ou pasta</translation>
    </message>
</context>
<context>
    <name>SpeedChoice</name>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="16"/>
        <source>How fast training runs: slow enough for a class to watch every epoch, or as fast as the machine goes</source>
        <translation>A velocidade do treinamento: devagar o bastante para uma turma acompanhar cada época, ou tão rápido quanto a máquina permitir</translation>
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
        <translation>o mais rápido possível</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="36"/>
        <source>Training speed</source>
        <translation>Velocidade do treinamento</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Forward</source>
        <translation>Direta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Backward</source>
        <translation>Reversa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>neuron</source>
        <translation>neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>layer</source>
        <translation>camada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>whole step</source>
        <translation>passo inteiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="45"/>
        <source>Ready: press → or Space to begin</source>
        <translation>Pronto: pressione → ou Espaço para começar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="46"/>
        <source>Step {step} done: → starts step {next}</source>
        <translation>Passo {step} concluído: → inicia o passo {next}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="80"/>
        <source>Reset</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="81"/>
        <source>Back to the start of this step, weights as before it</source>
        <translation>Voltar ao início deste passo, com os pesos de antes dele</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="82"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="83"/>
        <source>Hide the last revealed event</source>
        <translation>Ocultar o último evento revelado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="84"/>
        <source>Forward →</source>
        <translation>Avançar →</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="85"/>
        <source>Reveal the next event (past the end: the next step)</source>
        <translation>Revelar o próximo evento (depois do fim: o próximo passo)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="86"/>
        <source>End of phase</source>
        <translation>Fim da fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="87"/>
        <source>Jump to the end of the current phase</source>
        <translation>Pular para o fim da fase atual</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="88"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="89"/>
        <source>Play or pause: reveal one move at a time, step after step</source>
        <translation>Reproduzir ou pausar: revelar um movimento por vez, passo após passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="98"/>
        <source>How far one press of Forward or Back moves</source>
        <translation>Quanto um toque em Avançar ou Voltar anda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="117"/>
        <source>step {x:.0f}: L = {y:.6g}</source>
        <translation>passo {x:.0f}: L = {y:.6g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="135"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="138"/>
        <source>Move by</source>
        <translation>Mover por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="160"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="163"/>
        <source>{tip}. Keys: {keys}</source>
        <translation>{tip}. Teclas: {keys}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pausar</translation>
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
        <translation>Passo {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="239"/>
        <source>sample {s} of {B} shown</source>
        <translation>amostra {s} de {B} exibida</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="242"/>
        <source>this step</source>
        <translation>este passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="244"/>
        <source>step {n}</source>
        <translation>passo {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="249"/>
        <source>The loss is computed after the forward pass</source>
        <translation>A perda é calculada após a passagem direta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="295"/>
        <source>Auto-play speed: one move every {seconds:g} s</source>
        <translation>Velocidade da reprodução automática: um movimento a cada {seconds:g} s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
</context>
<context>
    <name>StopBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="21"/>
        <source>How many epochs Play trains (one epoch visits every training sample once); 0 trains until you press Pause</source>
        <translation>Quantas épocas Reproduzir treina (uma época visita cada amostra de treino uma vez); 0 treina até você pressionar Pausar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="23"/>
        <source>Stop at the first epoch whose training accuracy is at least this; 0 is no target</source>
        <translation>Parar na primeira época cuja acurácia de treino seja pelo menos este valor; 0 é sem meta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="25"/>
        <source>Stop at the first epoch whose training loss L is at most this (press Enter to apply); empty is no target</source>
        <translation>Parar na primeira época cuja perda L de treino seja no máximo este valor (pressione Enter para aplicar); vazio é sem meta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="27"/>
        <source>Stop at loss: the loss to stop at must be 0 or more</source>
        <translation>Parar na perda: a perda de parada deve ser 0 ou mais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="37"/>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="39"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="42"/>
        <source>until stopped</source>
        <translation>até parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="43"/>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="47"/>
        <source>Accuracy to stop at</source>
        <translation>Acurácia de parada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="52"/>
        <source>no target</source>
        <translation>sem meta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="55"/>
        <source>Training accuracy to stop at</source>
        <translation>Acurácia de treino para parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="60"/>
        <source>Training loss to stop at</source>
        <translation>Perda de treino para parar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="64"/>
        <source>After</source>
        <translation>Após</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="65"/>
        <source>At train accuracy</source>
        <translation>Com acurácia de treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="66"/>
        <source>At train loss</source>
        <translation>Com perda de treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="90"/>
        <source>Stop at loss</source>
        <translation>Parar na perda</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="44"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Adicionar um neurônio à camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="48"/>
        <source>Remove neuron {j} of layer {l}</source>
        <translation>Remover o neurônio {j} da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="52"/>
        <source>Add hidden layer {l}</source>
        <translation>Adicionar a camada oculta {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="56"/>
        <source>Remove layer {l}</source>
        <translation>Remover a camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="61"/>
        <source>a layer has 1 to {most} neurons, not {n}</source>
        <translation>uma camada tem de 1 a {most} neurônios, não {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="64"/>
        <source>Layer {l}: {n} neurons</source>
        <translation>Camada {l}: {n} neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="71"/>
        <source>Layer {l} activation: {f}</source>
        <translation>Ativação da camada {l}: {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="83"/>
        <source>Hidden layers: {f}</source>
        <translation>Camadas ocultas: {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="89"/>
        <source>Loss: {loss}</source>
        <translation>Perda: {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="96"/>
        <source>Re-initialise weights ({init}, seed {seed})</source>
        <translation>Reinicializar pesos ({init}, semente {seed})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="104"/>
        <source>Back to the starting weights</source>
        <translation>Voltar aos pesos iniciais</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="38"/>
        <source>Learning rate α: training needs a number greater than 0 and at most {max_lr:g}</source>
        <translation>Taxa de aprendizado α: o treinamento precisa de um número maior que 0 e no máximo {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="40"/>
        <source>Penalty rate λ: it must be 0 or more</source>
        <translation>Taxa de penalidade λ: deve ser 0 ou mais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="41"/>
        <source>Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps</source>
        <translation>Taxa de penalidade λ: no máximo {max:g}; uma maior leva todos os pesos a 0 em poucos passos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="43"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 &lt; α ≤ {max_lr:g}; press Enter to apply</source>
        <translation>α, o tamanho de cada passo ladeira abaixo: w ← w − α ∂L/∂w. O treinamento precisa de 0 &lt; α ≤ {max_lr:g}; pressione Enter para aplicar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="45"/>
        <source>Samples per step: each step averages ∂L/∂w over this many training samples. 1 is stochastic gradient descent</source>
        <translation>Amostras por passo: cada passo tira a média de ∂L/∂w sobre este número de amostras de treino. 1 é o gradiente descendente estocástico</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="47"/>
        <source>Use every training sample in each step (batch gradient descent: one step per epoch)</source>
        <translation>Usar todas as amostras de treino em cada passo (gradiente descendente em lote: um passo por época)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="49"/>
        <source>A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty</source>
        <translation>Uma penalidade nos pesos somada à perda, que puxa os pesos em direção a 0: L1 soma λ Σ|w|, L2 soma ½ λ Σ w². A perda mostrada aqui e nas curvas passa então a incluir a penalidade</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="52"/>
        <source>Seeds the order the samples are shuffled in: the same seed gives the same batches</source>
        <translation>Semente da ordem em que as amostras são embaralhadas: a mesma semente gera os mesmos lotes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="53"/>
        <source>Train until paused, or until a stop set below</source>
        <translation>Treinar até pausar, ou até uma condição de parada definida abaixo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="54"/>
        <source>Pause training; the weights stay as they are</source>
        <translation>Pausar o treinamento; os pesos ficam como estão</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="55"/>
        <source>Train one epoch: every training sample once, batch by batch</source>
        <translation>Treinar uma época: cada amostra de treino uma vez, lote por lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="56"/>
        <source>Take one step of gradient descent on the next batch</source>
        <translation>Dar um passo de gradiente descendente no próximo lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="57"/>
        <source>Put back the weights training started from and begin a new run (the curves so far stay, faded)</source>
        <translation>Restaurar os pesos com que o treinamento começou e iniciar uma nova execução (as curvas até agora permanecem, esmaecidas)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="59"/>
        <source>Draw new starting weights (same scheme, next seed) and begin a new run (the curves so far stay, faded); undoable</source>
        <translation>Sortear novos pesos iniciais (mesmo esquema, próxima semente) e iniciar uma nova execução (as curvas até agora permanecem, esmaecidas); pode ser desfeito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="61"/>
        <source>Stop this run; the epochs done so far stay</source>
        <translation>Parar esta execução; as épocas feitas até agora permanecem</translation>
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
        <translation>faltam {left:.0f} s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="138"/>
        <source>Learning rate α</source>
        <translation>Taxa de aprendizado α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="141"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="146"/>
        <source>whole set</source>
        <translation>conjunto inteiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="159"/>
        <source>λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}</source>
        <translation>λ, a taxa de penalidade (0 a {max:g}; pressione Enter para aplicar). {penalty}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="161"/>
        <source>Penalty rate λ</source>
        <translation>Taxa de penalidade λ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="168"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="175"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="179"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="181"/>
        <source>Penalty</source>
        <translation>Penalidade</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="182"/>
        <source>Shuffle seed</source>
        <translation>Semente do embaralhamento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="184"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="185"/>
        <source>One epoch</source>
        <translation>Uma época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="187"/>
        <source>One batch</source>
        <translation>Um lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="189"/>
        <source>Reset</source>
        <translation>Redefinir</translation>
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
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="35"/>
        <source>Vanishing gradients: make the network deep (4+ hidden layers), press All hidden sigmoid, then Play. The first layers' curves lie far below the last: they hardly learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the ReLU curves stay close together.</source>
        <translation>Gradiente evanescente: torne a rede profunda (4+ camadas ocultas), pressione “Ocultas: sigmoide” e depois Reproduzir. As curvas das primeiras camadas ficam muito abaixo das últimas: elas quase não aprendem. Depois pressione “Ocultas: ReLU” e Reproduzir: a execução com sigmoide permanece, esmaecida, e as curvas da ReLU ficam próximas umas das outras.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="39"/>
        <source>Accuracy counts right answers, so it applies to classification. This data set is regression: read the loss instead.</source>
        <translation>A acurácia conta respostas certas, por isso se aplica à classificação. Este conjunto de dados é de regressão: leia a perda.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="41"/>
        <source>The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty (Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²</source>
        <translation>A perda L após cada época, com a média sobre o conjunto. Com uma penalidade L1 ou L2 nos pesos (painel Treino), a curva inclui a penalidade: L + λ Σ|w| ou L + ½ λ Σ w²</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="44"/>
        <source>Point at a curve to read its values</source>
        <translation>Aponte para uma curva para ler seus valores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="45"/>
        <source>The network has no hidden layer: add one in the Network panel first</source>
        <translation>A rede não tem camada oculta: adicione uma no painel Rede primeiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="112"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="115"/>
        <source>accuracy</source>
        <translation>acurácia</translation>
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
        <translation>Tornar sigmoide toda camada oculta (uma única edição, que pode ser desfeita) e depois pressionar Reproduzir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="134"/>
        <source>All hidden ReLU</source>
        <translation>Ocultas: ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="135"/>
        <source>Make every hidden layer ReLU (one undoable edit), then press Play</source>
        <translation>Tornar ReLU toda camada oculta (uma única edição, que pode ser desfeita) e depois pressionar Reproduzir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="156"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="157"/>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="158"/>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="159"/>
        <source>The loss after each epoch, on the training and the test set</source>
        <translation>A perda após cada época, nos conjuntos de treino e de teste</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="160"/>
        <source>The share of samples classified right after each epoch</source>
        <translation>A fração de amostras classificadas corretamente após cada época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="161"/>
        <source>How large ∂L/∂W of each layer was, averaged over the epoch's batches, on a log scale</source>
        <translation>O tamanho de ∂L/∂W de cada camada, com a média sobre os lotes da época, em escala logarítmica</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="166"/>
        <source>Clear earlier runs</source>
        <translation>Limpar execuções anteriores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="167"/>
        <source>Take the faded curves of earlier runs off the plots</source>
        <translation>Tirar dos gráficos as curvas esmaecidas das execuções anteriores</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="205"/>
        <source>layer {l}</source>
        <translation>camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="247"/>
        <source>{run} (now)</source>
        <translation>{run} (atual)</translation>
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
        <translation>execução {n}: {activations} · {loss} · α {lr}</translation>
    </message>
    <message>
        <source>run {n}: {activations} · {loss} · α {lr:g}</source>
        <translation type="vanished">execução {n}: {activations} · {loss} · α {lr:g}</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="20"/>
        <source>Stopped at epoch {n}: the training accuracy, {value}, reached its target of {target}.</source>
        <translation>Parou na época {n}: a acurácia de treino, {value}, atingiu a meta de {target}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="24"/>
        <source>Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target of {target:g}.</source>
        <translation>Parou na época {n}: a perda de treino, {value:.6g}, caiu até a meta de {target:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="27"/>
        <source>Stopped at epoch {n}, after the {done} epochs asked for.</source>
        <translation>Parou na época {n}, após as {done} épocas pedidas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="120"/>
        <source>Training needs a learning rate between 0 and {most:g}; α is {lr:g}.</source>
        <translation>O treinamento precisa de uma taxa de aprendizado entre 0 e {most:g}; α é {lr:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="148"/>
        <source>A watchable speed is 1 to {most} epochs a second.</source>
        <translation>Uma velocidade acompanhável vai de 1 a {most} épocas por segundo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="324"/>
        <source>Training stopped: {error}</source>
        <translation>O treinamento parou: {error}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../../bpviz/state/document/view_options.py" line="12"/>
        <source>not yet computed</source>
        <translation>ainda não calculado</translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="36"/>
        <source>Step through the backward pass to see ∂L/∂W.</source>
        <translation>Percorra a passagem reversa passo a passo para ver ∂L/∂W.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="37"/>
        <source>∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.</source>
        <translation>∂L/∂W{sup}: ainda não calculado; avance a passagem reversa até a camada {l}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="38"/>
        <source>Point at a cell to read its value</source>
        <translation>Aponte para uma célula para ler seu valor</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="39"/>
        <source>Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward pass has revealed it, instead of the weights w_ji</source>
        <translation>Mostrar ∂L/∂w_ji = δ_j x_i do passo sendo percorrido, assim que a passagem reversa o revelar, em vez dos pesos w_ji</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="90"/>
        <source>Show ∂L/∂W instead of W</source>
        <translation>Mostrar ∂L/∂W em vez de W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="208"/>
        <source>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (rows: neurons of layer {l}, columns: layer {k})</source>
        <translation>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (linhas: neurônios da camada {l}, colunas: camada {k})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="237"/>
        <source>{symbol} = {value}   (row {j}, column {i})</source>
        <translation>{symbol} = {value}   (linha {j}, coluna {i})</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="28"/>
        <source>A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after it; Δw and After follow them.</source>
        <translation>Um lote de {B}: ∂L/∂w é a média dos ∂Lₙ/∂w de cada amostra, as {B} colunas depois dela; Δw e Depois vêm em seguida.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="45"/>
        <source>Show the parameters of one layer</source>
        <translation>Mostrar os parâmetros de uma camada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="76"/>
        <source>Layer:</source>
        <translation>Camada:</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="135"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="142"/>
        <source>Showing the first {shown:,} of {total:,} parameters.</source>
        <translation>Exibindo os primeiros {shown:,} de {total:,} parâmetros.</translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="313"/>
        <source>Bias of neuron {j} of layer {l}</source>
        <translation>Bias do neurônio {j} da camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="314"/>
        <source>Weight from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>Peso do neurônio {i} da camada {k} para o neurônio {j} da camada {l}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="101"/>
        <source>The settings file {path} could not be read; it was set aside as {aside}, and bpviz starts with its defaults.</source>
        <translation>O arquivo de configurações {path} não pôde ser lido; ele foi guardado à parte como {aside}, e o bpviz inicia com os valores padrão.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="120"/>
        <source>The restored work is open instead of {path}; save it, then open {path} from the File menu.</source>
        <translation>O trabalho restaurado está aberto no lugar de {path}; salve-o e depois abra {path} pelo menu Arquivo.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../../bpviz/state/document/commands.py" line="28"/>
        <source>Set {name} to {value:g}</source>
        <translation>Definir {name} como {value:g}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="14"/>
        <source>bpviz networks (*.json);;All files (*)</source>
        <translation>Redes do bpviz (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="15"/>
        <source>CSV data (*.csv *.txt);;All files (*)</source>
        <translation>Dados CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="24"/>
        <source>Open network</source>
        <translation>Abrir rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="30"/>
        <source>Save network</source>
        <translation>Salvar rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="37"/>
        <source>Import data (CSV)</source>
        <translation>Importar dados (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="44"/>
        <source>Open lesson file</source>
        <translation>Abrir arquivo de lição</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="45"/>
        <source>bpviz lessons (*.toml);;All files (*)</source>
        <translation>Lições do bpviz (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="51"/>
        <source>Export data (CSV)</source>
        <translation>Exportar dados (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>PDF handout (*.pdf)</source>
        <translation>Apostila em PDF (*.pdf)</translation>
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
        <translation>Exportar exemplo resolvido</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="73"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}” tem alterações que não foram salvas. Salvá-las primeiro?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="100"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="101"/>
        <source>bpviz closed unexpectedly; restore the unsaved work of “{name}” from {when}?</source>
        <translation>O bpviz foi fechado inesperadamente; restaurar o trabalho não salvo de “{name}” de {when}?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="104"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="105"/>
        <source>Discard it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="106"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="142"/>
        <source>Folder for the frames</source>
        <translation>Pasta para os quadros</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="143"/>
        <source>Record to</source>
        <translation>Gravar em</translation>
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
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>mean squared error</source>
        <translation>erro quadrático médio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>cross-entropy</source>
        <translation>entropia cruzada</translation>
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
        <translation>EQM</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="21"/>
        <source>cross entropy</source>
        <translation>entropia cruzada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="42"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="44"/>
        <source>Update · layer {l}</source>
        <translation>Atualização · camada {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="45"/>
        <source>Forward · layer {l} · neuron {j}</source>
        <translation>Direta · camada {l} · neurônio {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="46"/>
        <source>Backward · layer {l} · neuron {j}</source>
        <translation>Reversa · camada {l} · neurônio {j}</translation>
    </message>
</context>
<context>
    <name>error handler</name>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="70"/>
        <source>The details are in {path}.</source>
        <translation>Os detalhes estão em {path}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="71"/>
        <source>The details could not be written to a log file.</source>
        <translation>Os detalhes não puderam ser gravados em um arquivo de log.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="72"/>
        <source>Something went wrong inside bpviz ({kind}: {error}). Your work is still open. </source>
        <translation>Algo deu errado dentro do bpviz ({kind}: {error}). Seu trabalho continua aberto. </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="74"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="59"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="61"/>
        <source>Open &amp;preset</source>
        <translation>Abrir &amp;predefinição</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="69"/>
        <source>&amp;Recent</source>
        <translation>Recen&amp;tes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="84"/>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="85"/>
        <source>&amp;Export worked example…</source>
        <translation>&amp;Exportar exemplo resolvido…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="86"/>
        <source>The current step, every equation with its numbers, as a PDF, web page or Markdown handout</source>
        <translation>O passo atual, cada equação com seus números, como apostila em PDF, página web ou Markdown</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="88"/>
        <source>Export p&amp;icture</source>
        <translation>Exportar &amp;imagem</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="91"/>
        <source>A PNG (twice the screen's pixels) or an SVG, as the file name ends</source>
        <translation>Um PNG (o dobro dos pixels da tela) ou um SVG, conforme a terminação do nome do arquivo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="92"/>
        <source>Record a&amp;nimation…</source>
        <translation>&amp;Gravar animação…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="93"/>
        <source>A step-through or a training run as an animated GIF or a sequence of PNG pictures</source>
        <translation>Um passo a passo ou uma execução de treinamento como GIF animado ou sequência de imagens PNG</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="107"/>
        <source>&amp;Edit focused value…</source>
        <translation>&amp;Editar valor em foco…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="108"/>
        <source>Type a new value for the focused weight or bias</source>
        <translation>Digitar um novo valor para o peso ou bias em foco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="109"/>
        <source>Re-&amp;initialise weights</source>
        <translation>Re&amp;inicializar pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="110"/>
        <source>Draw new weights with the network's scheme and the next seed</source>
        <translation>Sortear novos pesos com o esquema da rede e a próxima semente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="114"/>
        <source>The theme, the digits shown, the text size and the learning rate of a new document</source>
        <translation>O tema, os algarismos exibidos, o tamanho do texto e a taxa de aprendizado de um novo documento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="118"/>
        <source>Show &amp;numbers</source>
        <translation>Mostrar &amp;números</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="120"/>
        <source>Show &amp;gradients on edges</source>
        <translation>Mostrar &amp;gradientes nas arestas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="122"/>
        <source>Edges show ∂L/∂w in the backward pass and Δw at the update</source>
        <translation>As arestas mostram ∂L/∂w na passagem reversa e Δw na atualização</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="123"/>
        <source>Show neuron &amp;maps</source>
        <translation>Mostrar &amp;mapas dos neurônios</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="125"/>
        <source>Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs</source>
        <translation>Cada neurônio mostra sua saída x (δ na passagem reversa) sobre o plano de entrada, para entradas 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="128"/>
        <source>Inspector in matri&amp;x form</source>
        <translation>Inspetor em forma matricia&amp;l</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="131"/>
        <source>The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</source>
        <translation>O Inspetor escreve o passo da camada em foco com vetores e matrizes: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="134"/>
        <source>&amp;Computational graph</source>
        <translation>Grafo &amp;computacional</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="135"/>
        <source>The centre shows the step's operations (w·x, z, f, the loss) with their values and gradients, and the focused weight's paths to L; again for the network</source>
        <translation>O centro mostra as operações do passo (w·x, z, f, a perda) com seus valores e gradientes, e os caminhos do peso em foco até L; de novo para voltar à rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="137"/>
        <source>&amp;Digits</source>
        <translation>&amp;Algarismos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="140"/>
        <source>{n} significant digits</source>
        <translation>{n} algarismos significativos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="149"/>
        <source>Zoom &amp;in</source>
        <translation>Aumentar &amp;zoom</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="151"/>
        <source>Zoom &amp;out</source>
        <translation>Diminuir z&amp;oom</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="153"/>
        <source>&amp;Fit network to window</source>
        <translation>A&amp;justar a rede à janela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="156"/>
        <source>&amp;Step-through layout</source>
        <translation>Layout &amp;passo a passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="157"/>
        <source>The network, the example, the inspector and the weights table</source>
        <translation>A rede, o exemplo, o inspetor e a tabela de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="158"/>
        <source>&amp;Training layout</source>
        <translation>Layout de &amp;treinamento</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="159"/>
        <source>The network, the data, the training controls, the output map and the curves</source>
        <translation>A rede, os dados, os controles de treinamento, o mapa de saída e as curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="160"/>
        <source>&amp;Enlarge the output map</source>
        <translation>Ampliar o mapa de &amp;saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="161"/>
        <source>The output map large, over the window; again to put it back</source>
        <translation>O mapa de saída grande, sobre a janela; de novo para devolvê-lo ao lugar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="163"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;inéis</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="167"/>
        <source>&amp;Step</source>
        <translation>&amp;Passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="174"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="175"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="176"/>
        <source>To the &amp;end of the phase</source>
        <translation>Até o &amp;fim da fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="177"/>
        <source>&amp;Reset to the start of the step</source>
        <translation>&amp;Recomeçar o passo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="178"/>
        <source>&amp;Play / pause</source>
        <translation>Re&amp;produzir / pausar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="180"/>
        <source>Back to the &amp;starting weights</source>
        <translation>Voltar aos pesos &amp;iniciais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="181"/>
        <source>The weights as opened or last edited, before any stepping or training (undoable)</source>
        <translation>Os pesos como foram abertos ou editados por último, antes de qualquer passo ou treinamento (pode ser desfeito)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="183"/>
        <source>Show the &amp;next sample of the batch</source>
        <translation>Mostrar a amostra &amp;seguinte do lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="184"/>
        <source>In a batch, the canvas and the Inspector show one sample's values: the next one</source>
        <translation>Em um lote, o diagrama e o Inspetor mostram os valores de uma amostra: a seguinte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="185"/>
        <source>Show the pre&amp;vious sample of the batch</source>
        <translation>Mostrar a amostra ant&amp;erior do lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="187"/>
        <source>Move by</source>
        <translation>Mover por</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Neuron</source>
        <translation>Neurônio</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="190"/>
        <source>Whole step</source>
        <translation>Passo inteiro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="198"/>
        <source>&amp;Train</source>
        <translation>&amp;Treinar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="200"/>
        <source>&amp;Train / pause</source>
        <translation>&amp;Treinar / pausar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="202"/>
        <source>One &amp;epoch</source>
        <translation>Uma &amp;época</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="203"/>
        <source>One &amp;batch</source>
        <translation>Um &amp;lote</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="204"/>
        <source>&amp;Reset to the starting weights</source>
        <translation>&amp;Redefinir para os pesos iniciais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="205"/>
        <source>Restore the last &amp;finite weights</source>
        <translation>Restaurar os últimos pesos &amp;finitos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="207"/>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidade</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="210"/>
        <source>As fast as possible</source>
        <translation>O mais rápido possível</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="215"/>
        <source>&amp;Slower</source>
        <translation>&amp;Mais devagar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="216"/>
        <source>&amp;Faster</source>
        <translation>Mais &amp;rápido</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="219"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="220"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="222"/>
        <source>Show &amp;hints</source>
        <translation>Mostrar &amp;dicas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="223"/>
        <source>The first steps, over the network: the keys to step, inspect, edit and train</source>
        <translation>Os primeiros passos, sobre a rede: as teclas para avançar, inspecionar, editar e treinar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="224"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lições</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="225"/>
        <source>&amp;Choose a lesson…</source>
        <translation>&amp;Escolher uma lição…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="226"/>
        <source>Guided lessons through the seed: one neuron, the forward pass, the backward pass, XOR, vanishing gradients</source>
        <translation>Lições guiadas pelos fundamentos: um neurônio, a passagem direta, a passagem reversa, XOR, gradiente evanescente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="228"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir arquivo de lição…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="229"/>
        <source>Read a lesson a teacher wrote as a TOML file</source>
        <translation>Ler uma lição que um professor escreveu como arquivo TOML</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="231"/>
        <source>&amp;About bpviz</source>
        <translation>&amp;Sobre o bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="249"/>
        <source>P&amp;resenter mode</source>
        <translation>Modo de ap&amp;resentação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="250"/>
        <source>Full screen for a projector: the canvas, the step bar and the inspector, larger. Esc leaves, B blanks the screen</source>
        <translation>Tela cheia para um projetor: o diagrama, a barra de passos e o inspetor, maiores. Esc sai, B apaga a tela</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="253"/>
        <source>&amp;High contrast</source>
        <translation>Alto contrast&amp;e</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="254"/>
        <source>Black on white with strong frames, for a washed-out projector; the data colours stay blue and orange</source>
        <translation>Preto no branco com molduras fortes, para um projetor desbotado; as cores dos dados continuam azul e laranja</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="259"/>
        <source>Presenter te&amp;xt size</source>
        <translation>Tamanho do te&amp;xto na apresentação</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="262"/>
        <source>{factor:g} × the usual size</source>
        <translation>{factor:g} × o tamanho normal</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="284"/>
        <source>New weights: {init} initialisation, seed {seed}</source>
        <translation>Novos pesos: inicialização {init}, semente {seed}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="296"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="299"/>
        <source>Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: the next control)</source>
        <translation>Diagrama: pôr em foco o neurônio seguinte / anterior, camada por camada, depois a perda (além das extremidades: o controle seguinte)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="301"/>
        <source>Canvas: the neuron above / below (on a weight: the neighbouring weight)</source>
        <translation>Diagrama: o neurônio de cima / de baixo (em um peso: o peso vizinho)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="302"/>
        <source>Up / Down</source>
        <translation>Seta para cima / para baixo</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="303"/>
        <source>Canvas: the layer before / after (after the output: the loss)</source>
        <translation>Diagrama: a camada anterior / seguinte (depois da saída: a perda)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="304"/>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Seta para a esquerda / Ctrl+Seta para a direita</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="305"/>
        <source>Canvas: from a neuron to its incoming weights, and back</source>
        <translation>Diagrama: de um neurônio para os seus pesos de entrada, e de volta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="306"/>
        <source>Canvas: edit the focused weight, the focused neuron's bias or an input</source>
        <translation>Diagrama: editar o peso em foco, o bias do neurônio em foco ou uma entrada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="307"/>
        <source>Enter or F2</source>
        <translation>Enter ou F2</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>Canvas: add a neuron to the focused layer</source>
        <translation>Diagrama: adicionar um neurônio à camada em foco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>+ or Insert</source>
        <translation>+ ou Insert</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>Canvas: remove the focused neuron</source>
        <translation>Diagrama: remover o neurônio em foco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>− or Delete</source>
        <translation>− ou Delete</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Canvas: zoom</source>
        <translation>Diagrama: zoom</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + roda do mouse</translation>
    </message>
    <message>
        <source>Canvas: focus the previous / next neuron</source>
        <translation type="vanished">Diagrama: pôr em foco o neurônio anterior / seguinte</translation>
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
        <translation>{what}: digite um número</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="45"/>
        <source>{what}: “{text}” is not a number: write decimals with a point (0.5), with no thousands separator</source>
        <translation>{what}: “{text}” não é um número: escreva os decimais com vírgula (0,5), sem separador de milhar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="49"/>
        <source>{what}: “{text}” is not a number</source>
        <translation>{what}: “{text}” não é um número</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="52"/>
        <source>{what}: {text} is not a finite number</source>
        <translation>{what}: {text} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="54"/>
        <source>{what}: {text} is too small to tell from 0</source>
        <translation>{what}: {text} é pequeno demais para se distinguir de 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="62"/>
        <source>{what}: {count} numbers needed, {given} given</source>
        <translation>{what}: são necessários {count} números, foram dados {given}</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../../bpviz/ui/export/picture.py" line="185"/>
        <source>the picture could not be encoded as {format}</source>
        <translation>a imagem não pôde ser codificada como {format}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Output map</source>
        <translation>Mapa de saída</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Weight matrices</source>
        <translation>Matrizes de pesos</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="39"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="61"/>
        <source>There is no picture called “{name}”.</source>
        <translation>Não existe imagem chamada “{name}”.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="63"/>
        <source>There is no data yet, so no {what} to export: choose a data set in the Data panel (View ▸ Training layout).</source>
        <translation>Ainda não há dados, portanto não há {what} para exportar: escolha um conjunto de dados no painel Dados (Exibir ▸ Layout de treinamento).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="66"/>
        <source>There is no accuracy curve for this data: show the Loss or the Gradients tab of the Curves to export it.</source>
        <translation>Não há curva de acurácia para estes dados: mostre a aba Perda ou a aba Gradientes das Curvas para exportá-la.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="147"/>
        <source>Export picture: {what}</source>
        <translation>Exportar imagem: {what}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="156"/>
        <source>{file}: bpviz writes pictures as PNG or SVG; end the file name in .png or .svg.</source>
        <translation>{file}: o bpviz grava imagens como PNG ou SVG; termine o nome do arquivo em .png ou .svg.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="167"/>
        <source>Could not write the picture {file}: {reason}. Nothing was written.</source>
        <translation>Não foi possível gravar a imagem {file}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="171"/>
        <source>Saved the picture {path}</source>
        <translation>Imagem salva: {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="60"/>
        <source>target t</source>
        <translation>alvo t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="95"/>
        <source>class {k} (t = {t})</source>
        <translation>classe {k} (t = {t})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="96"/>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="100"/>
        <source>train ({n})</source>
        <translation>treino ({n})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="102"/>
        <source>test ({n})</source>
        <translation>teste ({n})</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="14"/>
        <source>Hand-worked 2-2-2 example</source>
        <translation>Exemplo 2-2-2 resolvido à mão</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="15"/>
        <source>XOR: a problem no straight line can solve</source>
        <translation>XOR: um problema que nenhuma reta resolve</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="16"/>
        <source>Circles: a ring around a disc</source>
        <translation>Círculos: um anel em volta de um disco</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="17"/>
        <source>Two interleaved spirals</source>
        <translation>Duas espirais entrelaçadas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="18"/>
        <source>Regression: fitting a curve</source>
        <translation>Regressão: ajustar uma curva</translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="37"/>
        <source>a file of that name is there, not a folder</source>
        <translation>existe um arquivo com esse nome, não uma pasta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="42"/>
        <source>no such folder</source>
        <translation>pasta inexistente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="53"/>
        <source>the frame could not be written</source>
        <translation>o quadro não pôde ser gravado</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="58"/>
        <source>there are no frames to write</source>
        <translation>não há quadros para gravar</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="52"/>
        <source>Choose what to record.</source>
        <translation>Escolha o que gravar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="54"/>
        <source>Choose where to save the recording.</source>
        <translation>Escolha onde salvar a gravação.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="57"/>
        <source>The number of epochs and the epochs per frame are at least 1.</source>
        <translation>O número de épocas e as épocas por quadro são pelo menos 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="59"/>
        <source>That would be {n} frames; a recording has at most {most}: take a frame less often.</source>
        <translation>Isso daria {n} quadros; uma gravação tem no máximo {most}: capture um quadro com menos frequência.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="62"/>
        <source>A frame shows for 20 ms to 60 s.</source>
        <translation>Um quadro dura de 20 ms a 60 s.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="101"/>
        <source>Could not record to {path}: {reason}. Nothing was recorded.</source>
        <translation>Não foi possível gravar em {path}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="113"/>
        <source>Recording</source>
        <translation>Gravando</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="120"/>
        <source>The step is already at its end: record the whole step, or step back first.</source>
        <translation>O passo já está no fim: grave o passo inteiro, ou volte antes.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="179"/>
        <source>Frame {made} of {total}</source>
        <translation>Quadro {made} de {total}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="197"/>
        <source>The recording stopped: {reason}. Nothing was written.</source>
        <translation>A gravação parou: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="200"/>
        <source>Recording cancelled; nothing was written. The {n} epochs trained so far stay.</source>
        <translation>Gravação cancelada; nada foi gravado. As {n} épocas treinadas até agora permanecem.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="203"/>
        <source>Recording cancelled; nothing was written.</source>
        <translation>Gravação cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="209"/>
        <source>Could not write the recording {path}: {reason}. Nothing was written.</source>
        <translation>Não foi possível salvar a gravação {path}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="214"/>
        <source>Recorded {n} frames to {path}</source>
        <translation>{n} quadros gravados em {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="216"/>
        <source> (training stopped early: {why})</source>
        <translation> (o treinamento parou antes: {why})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="253"/>
        <source>A recording is already being made.</source>
        <translation>Já há uma gravação em andamento.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="41"/>
        <source>A recovery copy could not be read ({reason}); it was set aside in {folder}.</source>
        <translation>Uma cópia de recuperação não pôde ser lida ({reason}); ela foi guardada à parte em {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="48"/>
        <source>A recovery copy of “{name}” from {when} is older than {path}, which was saved after it; the copy was set aside in {folder}.</source>
        <translation>Uma cópia de recuperação de “{name}” de {when} é mais antiga que {path}, que foi salvo depois dela; a cópia foi guardada à parte em {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="79"/>
        <source>Restored the unsaved work of “{name}” from {when}. Save it to keep it.</source>
        <translation>O trabalho não salvo de “{name}” de {when} foi restaurado. Salve-o para mantê-lo.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="82"/>
        <source>One more copy of unsaved work will be offered the next time bpviz starts.</source>
        <translation>Mais uma cópia de trabalho não salvo será oferecida na próxima vez que o bpviz iniciar.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="85"/>
        <source>{count} more copies of unsaved work will be offered the next time bpviz starts.</source>
        <translation>Mais {count} cópias de trabalho não salvo serão oferecidas na próxima vez que o bpviz iniciar.</translation>
    </message>
</context>
<context>
    <name>weights_table</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="36"/>
        <source>The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}</source>
        <translation>O peso {w} do neurônio i da camada l−1 para o neurônio j da camada l, ou o bias {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="38"/>
        <source>The layer l the parameter feeds</source>
        <translation>A camada l que o parâmetro alimenta</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="39"/>
        <source>The value this step's forward pass uses</source>
        <translation>O valor que a passagem direta deste passo usa</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="40"/>
        <source>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.
Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?</source>
        <translation>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), assim que o evento do neurônio na passagem reversa for revelado.
Ordena por magnitude |∂L/∂w|, maior primeiro: a qual peso a perda atribui mais culpa?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="43"/>
        <source>Δw = −α ∂L/∂w, once the layer's update is revealed.
Sorts by magnitude |Δw|, largest first: which weight moved most?</source>
        <translation>Δw = −α ∂L/∂w, assim que a atualização da camada for revelada.
Ordena por magnitude |Δw|, maior primeiro: qual peso mudou mais?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="45"/>
        <source>w − α ∂L/∂w, once the layer's update is revealed</source>
        <translation>w − α ∂L/∂w, assim que a atualização da camada for revelada</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="47"/>
        <source>∂L/∂w (mean)</source>
        <translation>∂L/∂w (média)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="48"/>
        <source>Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).
The mean of these terms over the batch is ∂L/∂w, which the update uses.</source>
        <translation>O termo próprio da amostra {n}, ∂L{n_sub}/∂w = {delta} {x}, com seus valores (∂L{n_sub}/∂b = {delta}).
A média desses termos sobre o lote é ∂L/∂w, que a atualização usa.</translation>
    </message>
</context>
</TS>

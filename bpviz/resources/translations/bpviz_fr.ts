<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="55"/>
        <source>About bpviz</source>
        <translation>À propos de bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="60"/>
        <source>bpviz {version}</source>
        <translation>bpviz {version}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="65"/>
        <source>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward pass and the update, with every number the equations produce. Then train small networks live and watch the decision boundary form.</source>
        <translation>Voyez la rétropropagation à l’œuvre, neurone par neurone : la propagation avant, la perte, la propagation arrière et la mise à jour, avec chaque nombre que donnent les équations. Puis entraînez de petits réseaux en direct et regardez la frontière de décision se former.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="69"/>
        <source>Free software under the {name} licence.</source>
        <translation>Logiciel libre sous licence {name}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="73"/>
        <source>Running on</source>
        <translation>Fonctionne sur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="87"/>
        <source>The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: anyone may use, copy, change and share it, keeping the copyright and permission notice.</source>
        <translation>Le texte de la licence n’a pas été installé avec cette copie de bpviz. bpviz est sous licence {name} : chacun peut l’utiliser, le copier, le modifier et le partager, en conservant la mention de copyright et l’avis de permission.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="97"/>
        <source>Show the licence</source>
        <translation>Afficher la licence</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/about.py" line="123"/>
        <source>Hide the licence</source>
        <translation>Masquer la licence</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="105"/>
        <source>Could not keep a recovery copy of “{name}” ({reason}). Save your work to keep it safe.</source>
        <translation>Impossible de conserver une copie de récupération de « {name} » ({reason}). Enregistrez votre travail pour le mettre à l’abri.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/autosave.py" line="135"/>
        <source>the lock file {path} cannot be created</source>
        <translation>le fichier de verrou {path} ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="39"/>
        <source>This data has {d} inputs: the plot shows data with 1 or 2 inputs.</source>
        <translation>Ces données ont {d} entrées : le graphique montre des données à 1 ou 2 entrées.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="40"/>
        <source>No output map: {problem}</source>
        <translation>Pas de carte de sortie : {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="41"/>
        <source>No data yet: choose a data set in the Data panel.</source>
        <translation>Pas encore de données : choisissez un jeu de données dans le panneau Données.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="42"/>
        <source>The network's output is not a finite number: restore the last finite weights</source>
        <translation>La sortie du réseau n’est pas un nombre fini : rétablissez les derniers poids finis</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="127"/>
        <source>network output y</source>
        <translation>sortie du réseau y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="188"/>
        <source>target t · output y</source>
        <translation>cible t · sortie y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="326"/>
        <source>the network does not read this plane</source>
        <translation>le réseau ne lit pas ce plan</translation>
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
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="365"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="367"/>
        <source>network y</source>
        <translation>réseau y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_plot.py" line="370"/>
        <source>background: the predicted class, greyer where unsure</source>
        <translation>fond : la classe prédite, plus grise là où le réseau hésite</translation>
    </message>
</context>
<context>
    <name>CanvasAccessible</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="50"/>
        <source>loss, {name}</source>
        <translation>perte, {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="53"/>
        <source>input {j}, {x}</source>
        <translation>entrée {j}, {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="55"/>
        <source>neuron {j} of layer {l}, {f}</source>
        <translation>neurone {j} de la couche {l}, {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="57"/>
        <source>bias {b} of neuron {j} of layer {l}</source>
        <translation>biais {b} du neurone {j} de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="59"/>
        <source>weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>poids {w}, du neurone {i} de la couche {k} au neurone {j} de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="69"/>
        <source>L not yet computed</source>
        <translation>L pas encore calculé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="73"/>
        <source>{x} not yet computed</source>
        <translation>{x} pas encore calculé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="180"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="198"/>
        <source>The network: Tab and the arrow keys move between its neurons, weights and the loss; Enter edits the focused one.</source>
        <translation>Le réseau : Tab et les touches fléchées parcourent ses neurones, ses poids et la perte ; Entrée modifie l’élément sélectionné.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="252"/>
        <source>Step {n}: the start, nothing computed yet</source>
        <translation>Pas {n} : le début, rien n’est encore calculé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="254"/>
        <source>Loss: L = {L}</source>
        <translation>Perte : L = {L}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="256"/>
        <source>Update, layer {l}: its weights and biases take their new values</source>
        <translation>Mise à jour, couche {l} : ses poids et ses biais prennent leurs nouvelles valeurs</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="259"/>
        <source>Forward, layer {l}, neuron {j}: z = {z}, x = {x}</source>
        <translation>Propagation avant, couche {l}, neurone {j} : z = {z}, x = {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_accessible.py" line="261"/>
        <source>Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}</source>
        <translation>Propagation arrière, couche {l}, neurone {j} : δ = {delta}, ∂L/∂b = {db}</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="22"/>
        <source>{what}: “{text}” is not a whole number</source>
        <translation>{what} : « {text} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="23"/>
        <source>{what}: {low} to {high}, not {value}</source>
        <translation>{what} : de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/widgets/checked_spin_box.py" line="24"/>
        <source>{what}: at most {digits} digits after the decimal point, not {text}</source>
        <translation>{what} : au plus {digits} chiffres après la virgule, pas {text}</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../../bpviz/ui/look/colour_legend.py" line="60"/>
        <source>{title}: orange is negative, grey is 0, blue is positive; full colour at ±{scale!r}</source>
        <translation>{title} : orange pour négatif, gris pour 0, bleu pour positif ; couleur pleine à ±{scale!r}</translation>
    </message>
</context>
<context>
    <name>CsvBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="23"/>
        <source>Could not import {name}: {problem}. Nothing was imported.</source>
        <translation>Impossible d’importer {name} : {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="24"/>
        <source>Could not export to {name}: {problem}</source>
        <translation>Impossible d’exporter vers {name} : {problem}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="25"/>
        <source>There is no data set to export yet.</source>
        <translation>Il n’y a pas encore de jeu de données à exporter.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="26"/>
        <source>Import of {name} cancelled; the data is as it was.</source>
        <translation>Importation de {name} annulée ; les données sont inchangées.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="48"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="51"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="52"/>
        <source>Read points from a CSV file: inputs first, the target last</source>
        <translation>Lire des points dans un fichier CSV : les entrées d’abord, la cible en dernier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="54"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="55"/>
        <source>Write the points (with any you drew) to a CSV file</source>
        <translation>Écrire les points (y compris ceux que vous avez dessinés) dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="77"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/csv_box.py" line="78"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="84"/>
        <source>exact 0</source>
        <translation>0 exact</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/curve_plot.py" line="114"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>DataLab</name>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="157"/>
        <source>There is no data set: choose one in the Data panel.</source>
        <translation>Il n’y a pas de jeu de données : choisissez-en un dans le panneau Données.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="159"/>
        <source>The data set has no points yet: click on the data plot to add some.</source>
        <translation>Le jeu de données n’a pas encore de points : cliquez sur le graphique des données pour en ajouter.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="162"/>
        <source>The network has {n} inputs but the data gives {want} ({names}).</source>
        <translation>Le réseau a {n} entrées, mais les données en donnent {want} ({names}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="165"/>
        <source>The network has {n} outputs but the data has {want} target columns.</source>
        <translation>Le réseau a {n} sorties, mais les données ont {want} colonnes de cible.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="227"/>
        <source>Data: {name}</source>
        <translation>Données : {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="235"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="245"/>
        <source>class {k} does not exist; this data has {n} classes</source>
        <translation>la classe {k} n’existe pas ; ces données ont {n} classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="252"/>
        <source>Add a point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="257"/>
        <source>there is no point {n}</source>
        <translation>il n’y a pas de point {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="259"/>
        <source>the data set needs at least one point; clear it to start again</source>
        <translation>le jeu de données doit garder au moins un point ; videz-le pour recommencer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="263"/>
        <source>Remove a point</source>
        <translation>Retirer un point</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="270"/>
        <source>Clear the data</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="275"/>
        <source>the test share is 0 % to 90 %, not {share:.0%}</source>
        <translation>la part de test va de 0 % à 90 %, pas {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="277"/>
        <source>Test share {share:.0%}</source>
        <translation>Part de test {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="283"/>
        <source>choose at least one input feature</source>
        <translation>choisissez au moins une caractéristique d’entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="285"/>
        <source>input features apply to 2-D data only</source>
        <translation>les caractéristiques d’entrée ne s’appliquent qu’aux données 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="289"/>
        <source>Inputs: {names}</source>
        <translation>Entrées : {names}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="295"/>
        <source>Training settings</source>
        <translation>Réglages de l’entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="301"/>
        <source>choose a data set first, or clear one to draw on</source>
        <translation>choisissez d’abord un jeu de données, ou videz-en un pour dessiner dessus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="332"/>
        <source>inputs {a} → {b}</source>
        <translation>entrées {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="334"/>
        <source>outputs {a} → {b}</source>
        <translation>sorties {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="336"/>
        <source>output activation {a} → {b}</source>
        <translation>activation de sortie {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="339"/>
        <source>loss {a} → {b}</source>
        <translation>perte {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="342"/>
        <source>regression learns with linear outputs and mean squared error</source>
        <translation>une régression s’apprend avec des sorties linéaires et l’erreur quadratique moyenne</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="343"/>
        <source>two classes learn with one sigmoid output and cross-entropy</source>
        <translation>deux classes s’apprennent avec une sortie sigmoïde et l’entropie croisée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="344"/>
        <source>{k} classes learn with a softmax output per class and cross-entropy</source>
        <translation>{k} classes s’apprennent avec une sortie softmax par classe et l’entropie croisée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/lab.py" line="346"/>
        <source>To fit {name}: {changes} ({why}). Undo puts them back.</source>
        <translation>Pour s’adapter à {name} : {changes} ({why}). Annuler les rétablit.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="28"/>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="29"/>
        <source>Gaussian blobs</source>
        <translation>Nuages gaussiens</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="30"/>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="31"/>
        <source>1-D curve (regression)</source>
        <translation>Courbe 1D (régression)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="32"/>
        <source>2-D plane (regression)</source>
        <translation>Plan 2D (régression)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="37"/>
        <source>Your own points</source>
        <translation>Vos propres points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="38"/>
        <source>Choose a data set…</source>
        <translation>Choisir un jeu de données…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="41"/>
        <source>Keep at least one input feature checked: the network needs an input.</source>
        <translation>Gardez au moins une caractéristique d’entrée cochée : le réseau a besoin d’une entrée.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="94"/>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="102"/>
        <source>Which points the network learns from</source>
        <translation>Les points dont le réseau apprend</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="105"/>
        <source>How many classes (Gaussian blobs and spiral)</source>
        <translation>Combien de classes (nuages gaussiens et spirale)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="106"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>How many points to generate</source>
        <translation>Combien de points générer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="107"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="109"/>
        <source>The random seed: the same seed gives the same points</source>
        <translation>La graine aléatoire : la même graine donne les mêmes points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="110"/>
        <source>Data seed</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="114"/>
        <source>How much the points are jittered</source>
        <translation>À quel point les points sont dispersés</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="115"/>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="116"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="117"/>
        <source>New points from the next seed</source>
        <translation>De nouveaux points, avec la graine suivante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="120"/>
        <source>The share of points held out to test on</source>
        <translation>La part des points mise de côté pour le test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="121"/>
        <source>Test share</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="137"/>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="145"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="152"/>
        <source>Input features (2-D data)</source>
        <translation>Caractéristiques d’entrée (données 2D)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="157"/>
        <source>Feed {feature} to the network as an input</source>
        <translation>Donner {feature} au réseau comme entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="320"/>
        <source>The input layer now has 1 neuron</source>
        <translation>La couche d’entrée a maintenant 1 neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="321"/>
        <source>The input layer now has {k} neurons</source>
        <translation>La couche d’entrée a maintenant {k} neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has 1 neuron</source>
        <translation>La couche d’entrée a 1 neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="323"/>
        <source>The input layer has {k} neurons</source>
        <translation>La couche d’entrée a {k} neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="331"/>
        <source>{n} classes</source>
        <translation>{n} classes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="332"/>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="333"/>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_panel.py" line="337"/>
        <source>{train} train / {test} test</source>
        <translation>{train} entraînement / {test} test</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="17"/>
        <source>Put back the last weights that were all finite numbers, then try a smaller α</source>
        <translation>Remettre les derniers poids qui étaient tous des nombres finis, puis essayer un α plus petit</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/divergence_banner.py" line="33"/>
        <source>Restore last finite weights</source>
        <translation>Rétablir les derniers poids finis</translation>
    </message>
</context>
<context>
    <name>DockEnlarger</name>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="47"/>
        <source>⤡ Back in the window</source>
        <translation>⤡ Remettre dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="48"/>
        <source>Put the map back in its place in the window (F7)</source>
        <translation>Remettre la carte à sa place dans la fenêtre (F7)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="50"/>
        <source>⤢ Enlarge</source>
        <translation>⤢ Agrandir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/enlarge_dock.py" line="51"/>
        <source>Show the map large, over the window (F7)</source>
        <translation>Afficher la carte en grand, par-dessus la fenêtre (F7)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="273"/>
        <source>{value} is not a finite number</source>
        <translation>{value} n’est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="289"/>
        <source>the example and learning rate must be finite, and α ≥ 0</source>
        <translation>l’exemple et le taux d’apprentissage doivent être finis, et α ≥ 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="331"/>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="344"/>
        <source>The example</source>
        <translation>L’exemple</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/document.py" line="375"/>
        <source>nothing to focus at {focus}</source>
        <translation>rien à sélectionner en {focus}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="74"/>
        <source>no sample {n} in a batch of {B}</source>
        <translation>pas d’échantillon {n} dans un lot de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="92"/>
        <source>no such sample</source>
        <translation>cet échantillon n’existe pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="144"/>
        <source>the example needs {inputs} inputs and {targets} targets</source>
        <translation>l’exemple demande {inputs} entrées et {targets} cibles</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="157"/>
        <source>Set learning rate</source>
        <translation>Changer le taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on a batch of {B}</source>
        <translation>Passer à un lot de {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="159"/>
        <source>Step on one sample</source>
        <translation>Passer à un seul échantillon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="160"/>
        <source>Set example</source>
        <translation>Changer l’exemple</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/example_batch.py" line="166"/>
        <source>a batch holds 1 to {max} samples</source>
        <translation>un lot contient de 1 à {max} échantillons</translation>
    </message>
</context>
<context>
    <name>DrawPointsBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="24"/>
        <source>Click the plot to add a point · right-click removes one · Ctrl+click steps with it</source>
        <translation>Cliquez sur le graphique pour ajouter un point · clic droit pour en retirer un · Ctrl+clic pour faire un pas avec lui</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="35"/>
        <source>Draw your own</source>
        <translation>Dessiner vos points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="47"/>
        <source>A click on the plot adds a point of class {k}</source>
        <translation>Un clic sur le graphique ajoute un point de la classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="53"/>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="59"/>
        <source>A click on the plot adds a point with this target t</source>
        <translation>Un clic sur le graphique ajoute un point avec cette cible t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="63"/>
        <source>the height of your click</source>
        <translation>la hauteur de votre clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="64"/>
        <source>1-D data: a click at (x, t) adds input x with target t</source>
        <translation>Données 1D : un clic en (x, t) ajoute l’entrée x avec la cible t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="66"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="68"/>
        <source>Clear points</source>
        <translation>Effacer les points</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="69"/>
        <source>Remove every point, to draw your own (undo brings them back)</source>
        <translation>Retirer tous les points, pour dessiner les vôtres (Annuler les fait revenir)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/draw_points_box.py" line="95"/>
        <source>Target t</source>
        <translation>Cible t</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="33"/>
        <source>Learning rate α: it must be 0 or more (it is the size of a step downhill)</source>
        <translation>Taux d’apprentissage α : il doit valoir 0 ou plus (c’est la taille d’un pas vers le bas de la pente)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="34"/>
        <source>Learning rate α: at most {max_lr:g}</source>
        <translation>Taux d’apprentissage α : au plus {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="35"/>
        <source>The table holds an example of its own, not this sample of the data set; pick a sample to step on it</source>
        <translation>La table contient un exemple à elle, pas cet échantillon du jeu de données ; choisissez un échantillon pour faire le pas dessus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="37"/>
        <source>How many samples one step runs on (a mini-batch): each sample's forward and backward pass, then the mean of their losses and gradients, which the update uses. With a data set, the step takes its next samples; otherwise type each sample's values in the table.</source>
        <translation>Sur combien d’échantillons porte un pas (un mini-lot) : la propagation avant et la propagation arrière de chaque échantillon, puis la moyenne de leurs pertes et de leurs gradients, qu’utilise la mise à jour. Avec un jeu de données, le pas prend ses échantillons suivants ; sinon, tapez les valeurs de chaque échantillon dans la table.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="41"/>
        <source>Which sample of the batch the table, the canvas and the Inspector show. The loss, ∂L/∂w and the update are the batch's: the means over its samples.</source>
        <translation>Quel échantillon du lot montrent la table, le canevas et l’Inspecteur. La perte, ∂L/∂w et la mise à jour sont celles du lot : les moyennes sur ses échantillons.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="43"/>
        <source>Not yet computed: step through the forward pass to reach this output neuron</source>
        <translation>Pas encore calculé : avancez dans la propagation avant jusqu’à ce neurone de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="68"/>
        <source>output y</source>
        <translation>sortie y</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="70"/>
        <source>y_k = x_k^(L), the network's output, once the forward pass has computed it</source>
        <translation>y_k = x_k^(L), la sortie du réseau, une fois que la propagation avant l’a calculée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="79"/>
        <source>Double-click or start typing to change an input or a target</source>
        <translation>Double-cliquez ou commencez à taper pour changer une entrée ou une cible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="83"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w (0 or more; press Enter to apply)</source>
        <translation>α, la taille de chaque pas vers le bas de la pente : w ← w − α ∂L/∂w (0 ou plus ; appuyez sur Entrée pour appliquer)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="87"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="90"/>
        <source>Which sample of the data set to step on; finishing a step moves on to the next one</source>
        <translation>Sur quel échantillon du jeu de données faire le pas ; finir un pas passe au suivant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="104"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="110"/>
        <source>Showing sample</source>
        <translation>Échantillon affiché</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="124"/>
        <source>Learning rate α</source>
        <translation>Taux d’apprentissage α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="126"/>
        <source>Showing</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="214"/>
        <source>input {x}</source>
        <translation>entrée {x}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="215"/>
        <source>target {t}</source>
        <translation>cible {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> sample</source>
        <translation> échantillon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="271"/>
        <source> samples</source>
        <translation> échantillons</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="275"/>
        <source>of {B}</source>
        <translation>sur {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="295"/>
        <source>to {last} of {n}</source>
        <translation>à {last} sur {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="297"/>
        <source>of {n}</source>
        <translation>sur {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="300"/>
        <source>no sample: the example is your own</source>
        <translation>pas d’échantillon : l’exemple est le vôtre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="306"/>
        <source>custom example</source>
        <translation>exemple personnalisé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="309"/>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/example_panel.py" line="311"/>
        <source>sample {n}: {what}</source>
        <translation>échantillon {n} : {what}</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="52"/>
        <source>All weights and biases</source>
        <translation>Tous les poids et biais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="53"/>
        <source>Check every parameter instead of the focused weight or neuron</source>
        <translation>Vérifier chaque paramètre au lieu du poids ou du neurone sélectionné</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="58"/>
        <source>The step ε of the central difference</source>
        <translation>Le pas ε de la différence centrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Backprop</source>
        <translation>Rétroprop.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Numerical</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="65"/>
        <source>Rel. diff.</source>
        <translation>Écart rel.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="66"/>
        <source>The weight w_ji^(l) or bias b_j^(l)</source>
        <translation>Le poids w_ji^(l) ou le biais b_j^(l)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="67"/>
        <source>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), from the backward pass</source>
        <translation>∂L/∂w = δ_j x_i (∂L/∂b = δ_j), d’après la propagation arrière</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="68"/>
        <source>(L(w + ε) − L(w − ε)) / 2ε, from the loss alone</source>
        <translation>(L(w + ε) − L(w − ε)) / 2ε, d’après la perte seule</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="69"/>
        <source>|a − b| / max(|a|, |b|): ✓ under {agree:g}, ⚠ above</source>
        <translation>|a − b| / max(|a|, |b|) : ✓ sous {agree:g}, ⚠ au-dessus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="182"/>
        <source>Backprop: ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numerical: (L(w + ε) − L(w − ε)) / 2ε with ε = {eps}.</source>
        <translation>Rétropropagation : ∂L/∂w&lt;sub&gt;ji&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = δ&lt;sub&gt;j&lt;/sub&gt;. Numérique : (L(w + ε) − L(w − ε)) / 2ε avec ε = {eps}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="185"/>
        <source>Checking the first {shown:,} of {total:,} parameters.</source>
        <translation>Vérification des {shown:,} premiers paramètres sur {total:,}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="195"/>
        <source>Click a weight or a neuron to check its gradient, or tick “All weights and biases”.</source>
        <translation>Cliquez sur un poids ou un neurone pour vérifier son gradient, ou cochez « Tous les poids et biais ».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="218"/>
        <source>Not a finite number: the weights have diverged.</source>
        <translation>Pas un nombre fini : les poids ont divergé.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="221"/>
        <source>Backpropagation and the finite difference agree to better than {agree:g}.</source>
        <translation>La rétropropagation et la différence finie concordent à mieux que {agree:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="225"/>
        <source>They differ by more than {agree:g}. The finite difference keeps only the digits the loss's rounding leaves: when ∂L/∂w is tiny beside L, try a larger ε.</source>
        <translation>Elles diffèrent de plus de {agree:g}. La différence finie ne garde que les chiffres que laisse l’arrondi de la perte : quand ∂L/∂w est minuscule à côté de L, essayez un ε plus grand.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="239"/>
        <source>&lt;span style='color:#8a8a8a'&gt;Some numbers are not finite: the weights have diverged.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a8a8a'&gt;Certains nombres ne sont pas finis : les poids ont divergé.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="243"/>
        <source>✓ All {n} agree: the largest relative difference is {worst}.</source>
        <translation>✓ Les {n} concordent : le plus grand écart relatif est {worst}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_check_panel.py" line="246"/>
        <source>⚠ {k} of {n} differ by more than {agree:g}.</source>
        <translation>⚠ {k} sur {n} diffèrent de plus de {agree:g}.</translation>
    </message>
</context>
<context>
    <name>GradientHealthNote</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="26"/>
        <source>Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.</source>
        <translation>La couche {l} est morte : ses {n} neurones ReLU ont z ≤ 0 pour chaque échantillon d’entraînement, donc x = 0 et f′(z) = 0. Aucun gradient ne la traverse en sens inverse : ∂L/∂W des couches {below} vaut exactement 0 et ces poids ne peuvent plus apprendre. Essayez {advice}, puis réinitialisez.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="30"/>
        <source>Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient reaches the layers before it. The Gradients tab says what to try.</source>
        <translation>La couche {l} est morte : chacun de ses neurones ReLU a z ≤ 0 pour chaque échantillon, donc aucun gradient n’atteint les couches d’avant. L’onglet Gradients dit quoi essayer.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="32"/>
        <source>a smaller α (now {lr:g})</source>
        <translation>un α plus petit (actuellement {lr:g})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="33"/>
        <source>leaky ReLU</source>
        <translation>la leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="34"/>
        <source>He initialisation</source>
        <translation>l’initialisation de He</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="35"/>
        <source>The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer change. Look for a dead layer after it, or Re-initialise with a smaller α.</source>
        <translation>Le gradient de la couche {l} valait exactement 0 à la dernière époque : ses poids ne changent plus. Cherchez une couche morte après elle, ou réinitialisez avec un α plus petit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="38"/>
        <source>Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights get no gradient). Leaky ReLU keeps a small slope below 0.</source>
        <translation>Morts : {k} neurones ReLU sur {n} de la couche {l} (z ≤ 0 pour chaque échantillon ; leurs poids ne reçoivent aucun gradient). La leaky ReLU garde une petite pente sous 0.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="40"/>
        <source>Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is the vanishing gradient; ReLU, or smaller starting weights, helps.</source>
        <translation>Saturés : {k} neurones {f} sur {n} de la couche {l} ont en moyenne f′(z) sous {share:.0%} de sa pente la plus forte, donc leur δ est minuscule, mais pas nul : ils apprennent lentement. C’est le gradient évanescent ; la ReLU, ou des poids de départ plus petits, y remédient.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/gradient_health_note.py" line="51"/>
        <source>(looked at on {n} of the {total} training samples)</source>
        <translation>(examiné sur {n} des {total} échantillons d’entraînement)</translation>
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
        <translation>Chemins de {w} à {L} : {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="61"/>
        <source>The first {shown} of {n} paths are written; the sum is over all {n}.</source>
        <translation>Les {shown} premiers des {n} chemins sont écrits ; la somme porte sur les {n}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="67"/>
        <source>The sum of the paths: {total} = {gradient}</source>
        <translation>La somme des chemins : {total} = {gradient}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="70"/>
        <source>as backpropagation computes it: {delta} {x} = {value}</source>
        <translation>comme la rétropropagation la calcule : {delta} {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="74"/>
        <source>which the backward pass computes as δ x when it reaches layer {l}</source>
        <translation>que la propagation arrière calcule comme δ x quand elle atteint la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="79"/>
        <source>The batch's gradient, which the update uses, is the mean of the {B} samples' own: {gradient} = (1/{B})·({terms}) = {value}</source>
        <translation>Le gradient du lot, qu’utilise la mise à jour, est la moyenne de ceux des {B} échantillons : {gradient} = (1/{B})·({terms}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="84"/>
        <source>Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.</source>
        <translation>Chaque dérivée locale est connue dès que la propagation avant a calculé la boîte vers laquelle elle mène : la somme des chemins apparaît alors ici.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_text.py" line="86"/>
        <source>Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} multiplications; forward mode, one pass through the network for each of them, would take {f:,}.</source>
        <translation>Le mode inverse (la rétropropagation) trouve les {p} ∂L/∂w et ∂L/∂b de ce réseau avec {r:,} multiplications ; le mode direct, une passe dans le réseau pour chacun d’eux, en demanderait {f:,}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="195"/>
        <source>Orange: ∂L/∂ of each box · outlined: this event · purple: the focused weight's paths to L (click a product)</source>
        <translation>Orange : ∂L/∂ de chaque boîte · contour : cet événement · violet : les chemins du poids sélectionné vers L (cliquez sur un produit)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="198"/>
        <source>Too many operations to draw: neuron {j} of layer {l}'s are drawn, its weight's paths written below</source>
        <translation>Trop d’opérations à dessiner : celles du neurone {j} de la couche {l} sont dessinées, les chemins de son poids écrits en dessous</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="201"/>
        <source>Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's mean below · </source>
        <translation>Échantillon {n} d’un lot de {B} : chaque ∂ porte sur sa propre perte L{sub}, la moyenne du lot en dessous · </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/graph_view.py" line="205"/>
        <source>The step's operations, each with its value and (orange) its ∂L/∂. Outlined: what this event computes · purple: the focused weight's paths to L (click a product to choose) · drag to see more, Ctrl +/− to zoom.</source>
        <translation>Les opérations du pas, chacune avec sa valeur et (en orange) son ∂L/∂. Contour : ce que calcule cet événement · violet : les chemins du poids sélectionné vers L (cliquez sur un produit pour choisir) · faites glisser pour en voir plus, Ctrl +/− pour zoomer.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="86"/>
        <source>Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.</source>
        <translation>Réseau {sizes}, activations {activations}, perte {loss}, taux d’apprentissage α = {lr}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="89"/>
        <source>The output is y = {y}.</source>
        <translation>La sortie est y = {y}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="91"/>
        <source>Sample {k}: input {x} = ({input}); target t = ({target}).</source>
        <translation>Échantillon {k} : entrée {x} = ({input}) ; cible t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="94"/>
        <source>A batch of {B} samples: the loss is the mean of theirs, and the update uses the mean of their gradients.</source>
        <translation>Un lot de {B} échantillons : la perte est la moyenne des leurs, et la mise à jour utilise la moyenne de leurs gradients.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="97"/>
        <source>Input {x} = ({input}); target t = ({target}).</source>
        <translation>Entrée {x} = ({input}) ; cible t = ({target}).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (output)</source>
        <translation>Couche {l} (sortie)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="103"/>
        <source>Layer {l} (hidden)</source>
        <translation>Couche {l} (cachée)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="145"/>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="150"/>
        <source>In general:</source>
        <translation>En général :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="166"/>
        <source>Weights before → after</source>
        <translation>Poids avant → après</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="173"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="228"/>
        <source>Equation</source>
        <translation>Équation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/engine/teaching/handout.py" line="229"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Forward pass</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="46"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Backward pass</source>
        <translation>Propagation arrière</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="47"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="59"/>
        <source>the picture of the network could not be encoded</source>
        <translation>l’image du réseau n’a pas pu être encodée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="167"/>
        <source>choose a file name ending in .pdf, .html or .md</source>
        <translation>choisissez un nom de fichier qui se termine par .pdf, .html ou .md</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="206"/>
        <source>this network has {n:,} weights and biases; a handout writes out every equation, so it is made for networks of up to {limit:,}</source>
        <translation>ce réseau a {n:,} poids et biais ; une fiche écrit chaque équation en entier, elle est donc faite pour des réseaux d’au plus {limit:,}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="212"/>
        <source>this step's numbers are not all finite (the weights have diverged); restore finite weights first</source>
        <translation>les nombres de ce pas ne sont pas tous finis (les poids ont divergé) ; rétablissez d’abord des poids finis</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="224"/>
        <source>Cannot export the worked example: {reason}.</source>
        <translation>Impossible d’exporter l’exemple résolu : {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="233"/>
        <source>One step of backpropagation: {name}</source>
        <translation>Un pas de rétropropagation : {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="242"/>
        <source>Could not export {name}: {reason}. Nothing was written; your work is unchanged.</source>
        <translation>Impossible d’exporter {name} : {reason}. Rien n’a été écrit ; votre travail est inchangé.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="245"/>
        <source>Exported the worked example in matrix form to {files}</source>
        <translation>Exemple résolu exporté sous forme matricielle vers {files}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/export_handout.py" line="246"/>
        <source>Exported the worked example to {files}</source>
        <translation>Exemple résolu exporté vers {files}</translation>
    </message>
</context>
<context>
    <name>HintOverlay</name>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="53"/>
        <source>step forward / back through the algorithm, one neuron at a time</source>
        <translation>avancer / reculer dans l’algorithme, un neurone à la fois</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="54"/>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="55"/>
        <source>a neuron, an edge or the loss: its equations, with the numbers</source>
        <translation>un neurone, une connexion ou la perte : ses équations, avec les nombres</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="56"/>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="57"/>
        <source>type a new weight or bias</source>
        <translation>taper un nouveau poids ou biais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="58"/>
        <source>train on a data set, and pause</source>
        <translation>entraîner sur un jeu de données, et mettre en pause</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="59"/>
        <source>every keyboard shortcut</source>
        <translation>tous les raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="77"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/hint_overlay.py" line="101"/>
        <source>Press any key or click to begin. Help ▸ Show hints brings these back.</source>
        <translation>Appuyez sur une touche ou cliquez pour commencer. Aide ▸ Afficher les astuces les fait revenir.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="37"/>
        <source>f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however large ∂L/∂x is; its incoming weights barely learn.</source>
        <translation>f'(z) ≈ 0 : ce neurone est saturé, donc δ = ∂L/∂x · f'(z) est petit, aussi grand que soit ∂L/∂x ; ses poids entrants apprennent à peine.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="39"/>
        <source>With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t directly: a confidently wrong output still learns fast.</source>
        <translation>Avec l’entropie croisée après une sortie {f}, ∂L/∂y et f'(z) se simplifient, donc δ = y − t directement : une sortie fausse mais sûre d’elle apprend quand même vite.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="41"/>
        <source>The output is y = x&lt;sup&gt;({L})&lt;/sup&gt;: ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; is ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</source>
        <translation>La sortie est y = x&lt;sup&gt;({L})&lt;/sup&gt; : ∂L/∂y&lt;sub&gt;k&lt;/sub&gt; est ∂L/∂x&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;({L})&lt;/sup&gt;.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="43"/>
        <source>An input has no weights of its own: the backward pass stops at layer 1.</source>
        <translation>Une entrée n’a pas de poids à elle : la propagation arrière s’arrête à la couche 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="44"/>
        <source>The value this step's forward pass uses.</source>
        <translation>La valeur qu’utilise la propagation avant de ce pas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="45"/>
        <source>This network has {n:,} parameters; equations are written out with their numbers up to {limit:,}. The values below are the trace's.</source>
        <translation>Ce réseau a {n:,} paramètres ; les équations sont écrites en entier avec leurs nombres jusqu’à {limit:,}. Les valeurs ci-dessous sont celles de la trace.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="47"/>
        <source>… and {n:,} more incoming weights: see the weights table.</source>
        <translation>… et {n:,} poids entrants de plus : voir la table des poids.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="48"/>
        <source>Nothing in focus: click a neuron, an edge or the loss.</source>
        <translation>Rien de sélectionné : cliquez sur un neurone, une connexion ou la perte.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="71"/>
        <source>Matrix form</source>
        <translation>Forme matricielle</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="72"/>
        <source>Write the focused layer's step as vectors and matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of neuron by neuron (X)</source>
        <translation>Écrire le pas de la couche sélectionnée avec des vecteurs et des matrices (z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) au lieu de neurone par neurone (X)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Forward pass</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="191"/>
        <source>Backward pass</source>
        <translation>Propagation arrière</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="227"/>
        <source>Step {step} · {event}</source>
        <translation>Pas {step} · {event}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="229"/>
        <source>Step {step} · start: nothing computed yet</source>
        <translation>Pas {step} · début : rien n’est encore calculé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="231"/>
        <source>sample {n} of {B}</source>
        <translation>échantillon {n} sur {B}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="272"/>
        <source>Neuron {j} of layer {l} (output) · {f}</source>
        <translation>Neurone {j} de la couche {l} (sortie) · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="273"/>
        <source>Neuron {j} of layer {l} · {f}</source>
        <translation>Neurone {j} de la couche {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="275"/>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="278"/>
        <source>Update · α = {lr}</source>
        <translation>Mise à jour · α = {lr}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="295"/>
        <source>Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})</source>
        <translation>Poids {w} (du neurone {i} de la couche {k} au neurone {j} de la couche {l})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="302"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="303"/>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="313"/>
        <source>Loss · {loss}</source>
        <translation>Perte · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="317"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="318"/>
        <source>Its derivative for each output</source>
        <translation>Sa dérivée pour chaque sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="325"/>
        <source>Input {i} of sample {n} of the data set “{name}”.</source>
        <translation>Entrée {i} de l’échantillon {n} du jeu de données « {name} ».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="328"/>
        <source>Input {i} of the example, as set for this step.</source>
        <translation>Entrée {i} de l’exemple, telle que réglée pour ce pas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector.py" line="329"/>
        <source>Input {i} · layer 0</source>
        <translation>Entrée {i} · couche 0</translation>
    </message>
</context>
<context>
    <name>InspectorMatrix</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="26"/>
        <source>Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus another neuron to move them; the weights table has every number.</source>
        <translation>La couche {l} a {n} neurones ; affichés : {shown}, ⋯ remplace les autres. Sélectionnez un autre neurone pour les déplacer ; la table des poids a tous les nombres.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="28"/>
        <source>rows {first}–{last}</source>
        <translation>lignes {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="29"/>
        <source>columns {first}–{last}</source>
        <translation>colonnes {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="30"/>
        <source>A batch of {B} samples: X, Z and Δ have a column per sample; the shown sample's is highlighted ({n}). The gradients are the mean over the columns.</source>
        <translation>Un lot de {B} échantillons : X, Z et Δ ont une colonne par échantillon ; celle de l’échantillon affiché est surlignée ({n}). Les gradients sont la moyenne sur les colonnes.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="33"/>
        <source>The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the others. Show another sample (Example panel) to move them.</source>
        <translation>Le lot a {B} échantillons ; affichés : échantillons {first}–{last}, ⋯ remplace les autres. Affichez un autre échantillon (panneau Exemple) pour les déplacer.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="35"/>
        <source>The matrix form is written for a step without a weight penalty.</source>
        <translation>La forme matricielle est écrite pour un pas sans pénalité sur les poids.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="36"/>
        <source>Forward pass · layer {l}</source>
        <translation>Propagation avant · couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="37"/>
        <source>Backward pass · layer {l}</source>
        <translation>Propagation arrière · couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/inspector_matrix.py" line="38"/>
        <source>Update · layer {l}</source>
        <translation>Mise à jour · couche {l}</translation>
    </message>
</context>
<context>
    <name>LastEpochBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="19"/>
        <source>Mean loss over the set, penalty included, after the last epoch</source>
        <translation>Perte moyenne sur le jeu, pénalité comprise, après la dernière époque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="20"/>
        <source>Share of samples the network classifies right, after the last epoch</source>
        <translation>Part des échantillons que le réseau classe correctement, après la dernière époque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="28"/>
        <source>Last epoch</source>
        <translation>Dernière époque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="40"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="44"/>
        <source>loss L</source>
        <translation>perte L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="45"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="61"/>
        <source>Epoch {n}</source>
        <translation>Époque {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="62"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} époques/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_status_box.py" line="71"/>
        <source>Cannot train yet: {problem}</source>
        <translation>Impossible d’entraîner pour l’instant : {problem}</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="68"/>
        <source>unknown action {kind!r}</source>
        <translation>action inconnue {kind!r}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="93"/>
        <source> of layer {layer}</source>
        <translation> de la couche {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="94"/>
        <source>, neuron {j}</source>
        <translation>, neurone {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="95"/>
        <source>the step-through has no {phase} event{where}{who} in this network</source>
        <translation>le pas à pas n’a pas d’événement « {phase} »{where}{who} dans ce réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="105"/>
        <source>the network (layer sizes {sizes}) has no {name}</source>
        <translation>le réseau (tailles des couches {sizes}) n’a pas de {name}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="114"/>
        <source>edge w_{j}{i}^({layer})</source>
        <translation>connexion w_{j}{i}^({layer})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="117"/>
        <source>neuron {j} in layer {layer}</source>
        <translation>neurone {j} dans la couche {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="126"/>
        <source>the network has layers 0 to {L}, not {layer}</source>
        <translation>le réseau a les couches 0 à {L}, pas {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_actions.py" line="132"/>
        <source>the network has weighted layers 1 to {L}, not {layer}</source>
        <translation>le réseau a les couches à poids 1 à {L}, pas {layer}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="62"/>
        <source>to within {gap}</source>
        <translation>à {gap} près</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="65"/>
        <source>to within {gap} × the value</source>
        <translation>à {gap} × la valeur près</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="66"/>
        <source>to {digits} significant digits</source>
        <translation>à {digits} chiffres significatifs</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="76"/>
        <source>the number of the layer with the smallest gradient</source>
        <translation>le numéro de la couche au plus petit gradient</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="81"/>
        <source>{symbol} after the update</source>
        <translation>{symbol} après la mise à jour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_checks.py" line="90"/>
        <source>no epoch has been trained yet: train first, then read the gradients</source>
        <translation>aucune époque n’a encore été entraînée : entraînez d’abord, puis lisez les gradients</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="33"/>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="34"/>
        <source>Guided walks through backpropagation, one equation at a time. Pick one and press Enter.</source>
        <translation>Des parcours guidés dans la rétropropagation, une équation à la fois. Choisissez-en un et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="52"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="53"/>
        <source>Start the lesson, or carry on where you left it</source>
        <translation>Commencer la leçon, ou la reprendre là où vous l’avez laissée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="55"/>
        <source>Start &amp;over</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="56"/>
        <source>Begin the lesson again from its first step</source>
        <translation>Reprendre la leçon depuis sa première étape</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="58"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="59"/>
        <source>Read a lesson written as a TOML file (see the README)</source>
        <translation>Lire une leçon écrite sous forme de fichier TOML (voir le README)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="122"/>
        <source>✓ You finished “{title}”. Choose the next lesson.</source>
        <translation>✓ Vous avez terminé « {title} ». Choisissez la leçon suivante.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="146"/>
        <source>{name}
⚠ Cannot be used: see below</source>
        <translation>{name}
⚠ Inutilisable : voir ci-dessous</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="155"/>
        <source>No lessons found.</source>
        <translation>Aucune leçon trouvée.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="157"/>
        <source>&lt;b&gt;{name} cannot be used:&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;{name} est inutilisable :&lt;/b&gt;&lt;br&gt;{error}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_chooser.py" line="163"/>
        <source>&amp;Resume at step {n}</source>
        <translation>Re&amp;prendre à l’étape {n}</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="38"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_dock.py" line="87"/>
        <source>{name} is not a usable lesson ({count} problem(s)); the Lesson panel lists them.</source>
        <translation>{name} n’est pas une leçon utilisable ({count} problème(s)) ; le panneau Leçon les liste.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="80"/>
        <source>Type a number, e.g. 0.378</source>
        <translation>Tapez un nombre, p. ex. 0,378</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="82"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="83"/>
        <source>Check your answer or what you did (Enter)</source>
        <translation>Vérifier votre réponse ou ce que vous avez fait (Entrée)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="110"/>
        <source>◂ &amp;Back</source>
        <translation>◂ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="111"/>
        <source>The previous step (the lesson sets the network up again)</source>
        <translation>L’étape précédente (la leçon remet le réseau en place)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="113"/>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="114"/>
        <source>Close the lesson; it resumes at this step next time</source>
        <translation>Fermer la leçon ; elle reprendra à cette étape la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="196"/>
        <source>Step {n} of {m}</source>
        <translation>Étape {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="210"/>
        <source>Your value of {symbol}, {tolerance}; Enter checks it</source>
        <translation>Votre valeur de {symbol}, {tolerance} ; Entrée pour vérifier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>Finish ✓</source>
        <translation>Terminer ✓</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="213"/>
        <source>&amp;Next ▸</source>
        <translation>&amp;Suivante ▸</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="223"/>
        <source>Do the task first</source>
        <translation>Faites d’abord la tâche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Step through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="243"/>
        <source>Your turn</source>
        <translation>À vous</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Edit the network</source>
        <translation>Modifiez le réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="244"/>
        <source>Train</source>
        <translation>Entraînez</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lessons/lesson_panel.py" line="245"/>
        <source>Change the network</source>
        <translation>Changez le réseau</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="79"/>
        <source>step {n} of {m}</source>
        <translation>étape {n} sur {m}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="82"/>
        <source>▶ Open: {where}</source>
        <translation>▶ Ouverte : {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done</source>
        <translation>✓ Terminée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="84"/>
        <source>✓ Done · again at {where}</source>
        <translation>✓ Terminée · de nouveau en cours : {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>◐ In progress: {where}</source>
        <translation>◐ En cours : {where}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="85"/>
        <source>○ Not started</source>
        <translation>○ Pas commencée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="148"/>
        <source>This task cannot be checked: {reason}.</source>
        <translation>Cette tâche ne peut pas être vérifiée : {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="151"/>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="153"/>
        <source>Not yet: {hint}</source>
        <translation>Pas encore : {hint}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="154"/>
        <source>Not yet.</source>
        <translation>Pas encore.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="186"/>
        <source>Lesson step {n}: could not {what}: {reason}.</source>
        <translation>Étape {n} de la leçon : impossible d’exécuter « {what} » : {reason}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="194"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="202"/>
        <source>Right: layer {n} has the smallest gradient.</source>
        <translation>Exact : la couche {n} a le plus petit gradient.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="204"/>
        <source>Right: {symbol} = {value}</source>
        <translation>Exact : {symbol} = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="210"/>
        <source>Not yet: layer {typed} is not the one.</source>
        <translation>Pas encore : ce n’est pas la couche {typed}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="212"/>
        <source>Not yet: {typed} is not {symbol} {tolerance}.</source>
        <translation>Pas encore : {typed} n’est pas {symbol} {tolerance}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="215"/>
        <source>Check the sign.</source>
        <translation>Vérifiez le signe.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/lessons/lesson_runner.py" line="219"/>
        <source>The engine's value is {value}; type it to go on.</source>
        <translation>La valeur du moteur est {value} ; tapez-la pour continuer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="101"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="103"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="104"/>
        <source>Gradient check</source>
        <translation>Vérif. du gradient</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="106"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="107"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="108"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="109"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="110"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="111"/>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="112"/>
        <source>Weight matrices</source>
        <translation>Matrices de poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="223"/>
        <source>Could not open {name}: {reason}. The current document is unchanged.</source>
        <translation>Impossible d’ouvrir {name} : {reason}. Le document actuel est inchangé.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="238"/>
        <source>Could not open the preset {name}: {reason}</source>
        <translation>Impossible d’ouvrir le réseau prédéfini {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="259"/>
        <source>Could not save {name}: {reason}. Your work is still open and still unsaved.</source>
        <translation>Impossible d’enregistrer {name} : {reason}. Votre travail est toujours ouvert et toujours non enregistré.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="263"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="308"/>
        <source>The step runs on one sample: set Batch in the Example panel to step on several at once.</source>
        <translation>Le pas porte sur un seul échantillon : réglez Lot dans le panneau Exemple pour faire le pas sur plusieurs à la fois.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="374"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/main_window.py" line="377"/>
        <source>{what} changed: the step is recomputed from it, back at event {k} of {n}</source>
        <translation>{what} a changé : le pas est recalculé à partir de là, de retour à l’événement {k} sur {n}</translation>
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
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="24"/>
        <source>Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L to edit its bias, or an input neuron to edit the input.</source>
        <translation>Rien à modifier ici : sélectionnez une connexion pour modifier son poids, un neurone des couches 1 à L pour modifier son biais, ou un neurone d’entrée pour modifier l’entrée.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="116"/>
        <source>New value of {what}: Enter sets it, Esc cancels</source>
        <translation>Nouvelle valeur de {what} : Entrée la règle, Échap annule</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="191"/>
        <source>Edit {what}…</source>
        <translation>Modifier {what}…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="208"/>
        <source>Add neuron to layer {l}</source>
        <translation>Ajouter un neurone à la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="209"/>
        <source>Remove this neuron</source>
        <translation>Retirer ce neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="220"/>
        <source>Remove the last neuron of layer {l}</source>
        <translation>Retirer le dernier neurone de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="243"/>
        <source>Add hidden layer</source>
        <translation>Ajouter une couche cachée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="244"/>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="252"/>
        <source>Add hidden layer before layer {l}</source>
        <translation>Ajouter une couche cachée avant la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="255"/>
        <source>Add hidden layer after layer {l}</source>
        <translation>Ajouter une couche cachée après la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="258"/>
        <source>Remove layer {l}</source>
        <translation>Retirer la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_editing.py" line="260"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="27"/>
        <source>Select a neuron first: click it, or move with Tab and the Up and Down keys.</source>
        <translation>Sélectionnez d’abord un neurone : cliquez dessus, ou déplacez-vous avec Tab et les touches Haut et Bas.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_gestures.py" line="29"/>
        <source>An input neuron and the loss have no incoming weights: W moves from a neuron of layer 1 or above to its weights, and back.</source>
        <translation>Un neurone d’entrée et la perte n’ont pas de poids entrants : W passe d’un neurone de la couche 1 ou au-delà à ses poids, et inversement.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="140"/>
        <source>Loss · {loss}</source>
        <translation>Perte · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_labels.py" line="142"/>
        <source>Mean loss of {B} · {loss}</source>
        <translation>Perte moyenne sur {B} · {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="27"/>
        <source>Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.</source>
        <translation>Saturé : f′(z) = {f_prime:.3g} est sous 2 % de la plus forte pente de {name}, {slope:g}, donc δ = ∂L/∂x · f′(z) sera petit et ses poids changeront à peine.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="30"/>
        <source>{not_yet}: step forward to reveal it</source>
        <translation>{not_yet} : avancez pour le révéler</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="34"/>
        <source>Edges: weight w</source>
        <translation>Connexions : poids w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="35"/>
        <source>Edges: gradient ∂L/∂w</source>
        <translation>Connexions : gradient ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="36"/>
        <source>Edges: Δw · labels: new w</source>
        <translation>Connexions : Δw · étiquettes : nouveau w</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="37"/>
        <source>Neurons: output x</source>
        <translation>Neurones : sortie x</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="38"/>
        <source>Neurons: error δ = ∂L/∂z</source>
        <translation>Neurones : erreur δ = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="238"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Output · {f}</source>
        <translation>Sortie · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="240"/>
        <source>Layer {l} · {f}</source>
        <translation>Couche {l} · {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="265"/>
        <source>{header}: right-click for layer actions</source>
        <translation>{header} : clic droit pour les actions sur la couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="268"/>
        <source>Loss L ({loss}) = {value}</source>
        <translation>Perte L ({loss}) = {value}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="270"/>
        <source>target {t} = {value} (double-click to edit)</source>
        <translation>cible {t} = {value} (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="278"/>
        <source>double-click to edit the weight</source>
        <translation>double-cliquez pour modifier le poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="283"/>
        <source>double-click to edit the bias</source>
        <translation>double-cliquez pour modifier le biais</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the input layer</source>
        <translation>Ajouter un neurone à la couche d’entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="290"/>
        <source>Add a neuron to the output layer</source>
        <translation>Ajouter un neurone à la couche de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="291"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Ajouter un neurone à la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="293"/>
        <source>Remove the last neuron of the input layer</source>
        <translation>Retirer le dernier neurone de la couche d’entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="294"/>
        <source>Remove the last neuron of the output layer</source>
        <translation>Retirer le dernier neurone de la couche de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="302"/>
        <source>input {x} = {value}
double-click to edit</source>
        <translation>entrée {x} = {value}
double-cliquez pour modifier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_model.py" line="316"/>
        <source>{b} = {value} (double-click to edit)</source>
        <translation>{b} = {value} (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="145"/>
        <source>{symbol} at each point of the input plane with this target t</source>
        <translation>{symbol} en chaque point du plan d’entrée avec cette cible t</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="146"/>
        <source>{symbol} over the input plane</source>
        <translation>{symbol} sur le plan d’entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/canvas_tiles.py" line="147"/>
        <source>Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, orange at {low:.3g}; the ring marks this sample</source>
        <translation>Tuile : {what} (x₁ vers la droite, x₂ vers le haut) : gris à {centre:.3g}, bleu à {high:.3g}, orange à {low:.3g} ; l’anneau marque cet échantillon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="15"/>
        <source>Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label its edges, or read every value in the Weights tab</source>
        <translation>Valeurs sans place à cette taille : {n}. Zoomez (Ctrl +), sélectionnez un neurone pour étiqueter ses connexions, ou lisez chaque valeur dans l’onglet Poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="17"/>
        <source>Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab</source>
        <translation>Masquées : {n}. Zoomez (Ctrl +) ou voyez l’onglet Poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="18"/>
        <source>Hidden: {n}</source>
        <translation>Masquées : {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="19"/>
        <source>Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights tab lists every one.</source>
        <translation>Connexions dessinées : les {drawn:,} plus fortes sur {all:,} (chaque couche sa part) ; l’onglet Poids les liste toutes.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/hidden_values_note.py" line="21"/>
        <source>{drawn:,} of {all:,} edges drawn</source>
        <translation>{drawn:,} connexions dessinées sur {all:,}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/canvas/network_canvas.py" line="227"/>
        <source>Export picture…</source>
        <translation>Exporter une image…</translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or move with the Up and Down keys.</source>
        <translation type="vanished">Sélectionnez d’abord un neurone : cliquez dessus, ou déplacez-vous avec les touches Haut et Bas.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="34"/>
        <source>auto (by activation)</source>
        <translation>auto (selon l’activation)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="37"/>
        <source>uniform ±0.5</source>
        <translation>uniforme ±0,5</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="39"/>
        <source>How the new weights are drawn; the biases start at 0. Xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)), for sigmoid and tanh. He: w ~ N(0, 2 / n_in), for ReLU. Auto: He for ReLU layers, Xavier for the others.</source>
        <translation>Comment les nouveaux poids sont tirés ; les biais partent de 0. Xavier : w ~ U(−a, a), a = √(6 / (n_in + n_out)), pour sigmoïde et tanh. He : w ~ N(0, 2 / n_in), pour ReLU. Auto : He pour les couches ReLU, Xavier pour les autres.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="87"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="89"/>
        <source>+  Add hidden layer</source>
        <translation>+  Ajouter une couche cachée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="90"/>
        <source>Insert a hidden layer of 2 neurons just before the output layer</source>
        <translation>Insérer une couche cachée de 2 neurones juste avant la couche de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="97"/>
        <source>The loss L the network learns to make small. Cross-entropy follows a sigmoid or softmax output layer</source>
        <translation>La perte L que le réseau apprend à rendre petite. L’entropie croisée suit une couche de sortie sigmoïde ou softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="107"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="110"/>
        <source>The same seed always draws the same weights; change it for others</source>
        <translation>La même graine tire toujours les mêmes poids ; changez-la pour en avoir d’autres</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="112"/>
        <source>Re-initialise weights</source>
        <translation>Réinitialiser les poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="113"/>
        <source>Draw new weights with this scheme and seed (undoable)</source>
        <translation>Tirer de nouveaux poids avec cette méthode et cette graine (annulable)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="116"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="118"/>
        <source>Initial weights</source>
        <translation>Poids initiaux</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="120"/>
        <source>Scheme</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="152"/>
        <source>neurons</source>
        <translation>neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="153"/>
        <source>activation f</source>
        <translation>activation f</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="180"/>
        <source>Layer {l}</source>
        <translation>Couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="182"/>
        <source>layer 0 (x⁽⁰⁾, the inputs)</source>
        <translation>couche 0 (x⁽⁰⁾, les entrées)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="183"/>
        <source>layer {l} (y, the outputs)</source>
        <translation>couche {l} (y, les sorties)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="184"/>
        <source>layer {l}</source>
        <translation>couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="185"/>
        <source>{layer}: neurons</source>
        <translation>{layer} : neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of inputs</source>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="188"/>
        <source>Number of outputs</source>
        <translation>Nombre de sorties</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="189"/>
        <source>Number of neurons in layer {l}</source>
        <translation>Nombre de neurones de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="197"/>
        <source>f, the activation of layer {l}: x = f(z)</source>
        <translation>f, l’activation de la couche {l} : x = f(z)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/network_panel.py" line="203"/>
        <source>Remove layer {l}</source>
        <translation>Retirer la couche {l}</translation>
    </message>
</context>
<context>
    <name>PaperPicture</name>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="23"/>
        <source>After the forward pass and the loss: x in each neuron, each weight w on its edge</source>
        <translation>Après la propagation avant et la perte : x dans chaque neurone, chaque poids w sur sa connexion</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/paper_picture.py" line="25"/>
        <source>After the update: δ in each neuron, each new weight (and its change Δw) on its edge</source>
        <translation>Après la mise à jour : δ dans chaque neurone, chaque nouveau poids (et sa variation Δw) sur sa connexion</translation>
    </message>
</context>
<context>
    <name>PointerOnPoints</name>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (test)</source>
        <translation>point {n} (test)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="30"/>
        <source>point {n} (train)</source>
        <translation>point {n} (entraînement)</translation>
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
        <translation>cible t = {t}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="44"/>
        <source>network output y = {y}</source>
        <translation>sortie du réseau y = {y}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/boundary_pointer.py" line="46"/>
        <source>network output: class {k}, y = ({y})</source>
        <translation>sortie du réseau : classe {k}, y = ({y})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="101"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="105"/>
        <source>As the system: {language}</source>
        <translation>Comme le système : {language}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="117"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="121"/>
        <source>The size of the numbers, labels and neurons on the canvas and in every panel (100 % is the usual size)</source>
        <translation>La taille des nombres, des étiquettes et des neurones sur le canevas et dans chaque panneau (100 % est la taille habituelle)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="123"/>
        <source>Significant digits</source>
        <translation>Chiffres significatifs</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="125"/>
        <source>Significant digits of every number shown; hovering a number shows it in full</source>
        <translation>Chiffres significatifs de chaque nombre affiché ; survoler un nombre l’affiche en entier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="127"/>
        <source>Learning rate α</source>
        <translation>Taux d’apprentissage α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="133"/>
        <source>The learning rate α that File ▸ New starts with</source>
        <translation>Le taux d’apprentissage α avec lequel démarre Fichier ▸ Nouveau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="137"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="139"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="140"/>
        <source>Text &amp;size:</source>
        <translation>Taille du te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="141"/>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="143"/>
        <source>Significant &amp;digits:</source>
        <translation>&amp;Chiffres significatifs :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="144"/>
        <source>New documents</source>
        <translation>Nouveaux documents</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="146"/>
        <source>Learning rate &amp;α:</source>
        <translation>Taux d’apprentissage &amp;α :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="147"/>
        <source>Open documents keep their own α; File ▸ New uses this one.</source>
        <translation>Les documents ouverts gardent leur propre α ; Fichier ▸ Nouveau utilise celui-ci.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preferences.py" line="203"/>
        <source>bpviz speaks {language} from its next start (this window keeps its language).</source>
        <translation>bpviz parlera {language} dès son prochain démarrage (cette fenêtre garde sa langue).</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="253"/>
        <source>T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  Esc leaves presenter mode</source>
        <translation>T entraîne ou met en pause  ·  [ et ] plus lent et plus rapide  ·  B noircit l’écran  ·  Échap quitte le mode présentation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/presenter.py" line="255"/>
        <source>Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  H high contrast  ·  Esc leaves presenter mode</source>
        <translation>Pg. suiv / Pg. préc ou → / ← pour avancer  ·  B noircit l’écran  ·  H contraste élevé  ·  Échap quitte le mode présentation</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="24"/>
        <source>Record an animation</source>
        <translation>Enregistrer une animation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="29"/>
        <source>The rest of this step, from where it is now</source>
        <translation>La suite de ce pas, depuis où il en est</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="30"/>
        <source>A whole step, from its start</source>
        <translation>Un pas entier, depuis son début</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="31"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="35"/>
        <source>Training needs a data set: choose one in the Data panel</source>
        <translation>L’entraînement demande un jeu de données : choisissez-en un dans le panneau Données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each neuron</source>
        <translation>Chaque neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each layer</source>
        <translation>Chaque couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="38"/>
        <source>Each phase</source>
        <translation>Chaque phase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="40"/>
        <source>Train for</source>
        <translation>Entraîner pendant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="41"/>
        <source>A frame every</source>
        <translation>Une image toutes les</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="42"/>
        <source>Recording training trains the network for real: the epochs stay, as when you press Train. Train ▸ Reset puts the starting weights back.</source>
        <translation>Enregistrer l’entraînement entraîne vraiment le réseau : les époques restent, comme quand vous lancez l’entraînement. Entraînement ▸ Revenir aux poids de départ les rétablit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="48"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="49"/>
        <source>Output map</source>
        <translation>Carte de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="53"/>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="54"/>
        <source>PNG sequence (frame_0001.png …)</source>
        <translation>Suite de PNG (frame_0001.png …)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="55"/>
        <source>Each frame shows for</source>
        <translation>Durée de chaque image</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="69"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="70"/>
        <source>One frame for</source>
        <translation>Une image pour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="74"/>
        <source>Picture of</source>
        <translation>Image de</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/record_dialog.py" line="77"/>
        <source>File or folder</source>
        <translation>Fichier ou dossier</translation>
    </message>
</context>
<context>
    <name>SpeedChoice</name>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="16"/>
        <source>How fast training runs: slow enough for a class to watch every epoch, or as fast as the machine goes</source>
        <translation>La vitesse de l’entraînement : assez lente pour qu’une classe suive chaque époque, ou aussi vite que va la machine</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epoch/s</source>
        <translation>{rate:g} époque/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="22"/>
        <source>{rate:g} epochs/s</source>
        <translation>{rate:g} époques/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="32"/>
        <source>as fast as possible</source>
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/speed_choice.py" line="36"/>
        <source>Training speed</source>
        <translation>Vitesse d’entraînement</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="17"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/phase_strip.py" line="18"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>neuron</source>
        <translation>neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="40"/>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="41"/>
        <source>whole step</source>
        <translation>pas entier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="45"/>
        <source>Ready: press → or Space to begin</source>
        <translation>Prêt : appuyez sur → ou Espace pour commencer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="46"/>
        <source>Step {step} done: → starts step {next}</source>
        <translation>Pas {step} terminé : → commence le pas {next}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="80"/>
        <source>Reset</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="81"/>
        <source>Back to the start of this step, weights as before it</source>
        <translation>Revenir au début de ce pas, avec les poids d’avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="82"/>
        <source>← Back</source>
        <translation>← Reculer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="83"/>
        <source>Hide the last revealed event</source>
        <translation>Masquer le dernier événement révélé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="84"/>
        <source>Forward →</source>
        <translation>Avancer →</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="85"/>
        <source>Reveal the next event (past the end: the next step)</source>
        <translation>Révéler l’événement suivant (après la fin : le pas suivant)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="86"/>
        <source>End of phase</source>
        <translation>Fin de phase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="87"/>
        <source>Jump to the end of the current phase</source>
        <translation>Aller à la fin de la phase en cours</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="88"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="89"/>
        <source>Play or pause: reveal one move at a time, step after step</source>
        <translation>Lecture ou pause : révéler un mouvement à la fois, pas après pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="98"/>
        <source>How far one press of Forward or Back moves</source>
        <translation>De combien avance ou recule une pression sur Avancer ou Reculer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="117"/>
        <source>step {x:.0f}: L = {y:.6g}</source>
        <translation>pas {x:.0f} : L = {y:.6g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="135"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="138"/>
        <source>Move by</source>
        <translation>Avancer par</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="160"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="163"/>
        <source>{tip}. Keys: {keys}</source>
        <translation>{tip}. Touches : {keys}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="232"/>
        <source>0 of {n} events</source>
        <translation>0 événement sur {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="236"/>
        <source>event {k} of {n}</source>
        <translation>événement {k} sur {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="237"/>
        <source>Step {n}</source>
        <translation>Pas {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="239"/>
        <source>sample {s} of {B} shown</source>
        <translation>échantillon {s} sur {B} affiché</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="242"/>
        <source>this step</source>
        <translation>ce pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="244"/>
        <source>step {n}</source>
        <translation>pas {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="249"/>
        <source>The loss is computed after the forward pass</source>
        <translation>La perte est calculée après la propagation avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="295"/>
        <source>Auto-play speed: one move every {seconds:g} s</source>
        <translation>Vitesse de lecture : un mouvement toutes les {seconds:g} s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>loss L</source>
        <translation>perte L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/step_bar.py" line="305"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
</context>
<context>
    <name>StopBox</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="21"/>
        <source>How many epochs Play trains (one epoch visits every training sample once); 0 trains until you press Pause</source>
        <translation>Combien d’époques Lecture entraîne (une époque passe une fois par chaque échantillon d’entraînement) ; 0 entraîne jusqu’à ce que vous appuyiez sur Pause</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="23"/>
        <source>Stop at the first epoch whose training accuracy is at least this; 0 is no target</source>
        <translation>S’arrêter à la première époque dont l’exactitude d’entraînement atteint au moins cette valeur ; 0 signifie aucun objectif</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="25"/>
        <source>Stop at the first epoch whose training loss L is at most this (press Enter to apply); empty is no target</source>
        <translation>S’arrêter à la première époque dont la perte d’entraînement L vaut au plus cette valeur (appuyez sur Entrée pour appliquer) ; vide signifie aucun objectif</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="27"/>
        <source>Stop at loss: the loss to stop at must be 0 or more</source>
        <translation>Perte d’arrêt : la perte où s’arrêter doit valoir 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="37"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="39"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="42"/>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="43"/>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="47"/>
        <source>Accuracy to stop at</source>
        <translation>Exactitude d’arrêt</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="52"/>
        <source>no target</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="55"/>
        <source>Training accuracy to stop at</source>
        <translation>Exactitude d’entraînement où s’arrêter</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="60"/>
        <source>Training loss to stop at</source>
        <translation>Perte d’entraînement où s’arrêter</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="64"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="65"/>
        <source>At train accuracy</source>
        <translation>À l’exactitude</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="66"/>
        <source>At train loss</source>
        <translation>À la perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_stop_box.py" line="90"/>
        <source>Stop at loss</source>
        <translation>Perte d’arrêt</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="44"/>
        <source>Add a neuron to layer {l}</source>
        <translation>Ajouter un neurone à la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="48"/>
        <source>Remove neuron {j} of layer {l}</source>
        <translation>Retirer le neurone {j} de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="52"/>
        <source>Add hidden layer {l}</source>
        <translation>Ajouter la couche cachée {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="56"/>
        <source>Remove layer {l}</source>
        <translation>Retirer la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="61"/>
        <source>a layer has 1 to {most} neurons, not {n}</source>
        <translation>une couche a de 1 à {most} neurones, pas {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="64"/>
        <source>Layer {l}: {n} neurons</source>
        <translation>Couche {l} : {n} neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="71"/>
        <source>Layer {l} activation: {f}</source>
        <translation>Activation de la couche {l} : {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="83"/>
        <source>Hidden layers: {f}</source>
        <translation>Couches cachées : {f}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="89"/>
        <source>Loss: {loss}</source>
        <translation>Perte : {loss}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="96"/>
        <source>Re-initialise weights ({init}, seed {seed})</source>
        <translation>Réinitialiser les poids ({init}, graine {seed})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/structure_edits.py" line="104"/>
        <source>Back to the starting weights</source>
        <translation>Revenir aux poids de départ</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="78"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/theme.py" line="79"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="35"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="38"/>
        <source>Learning rate α: training needs a number greater than 0 and at most {max_lr:g}</source>
        <translation>Taux d’apprentissage α : l’entraînement demande un nombre supérieur à 0 et au plus {max_lr:g}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="40"/>
        <source>Penalty rate λ: it must be 0 or more</source>
        <translation>Taux de pénalité λ : il doit valoir 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="41"/>
        <source>Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps</source>
        <translation>Taux de pénalité λ : au plus {max:g} ; un taux plus grand ramène chaque poids à 0 en quelques pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="43"/>
        <source>α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 &lt; α ≤ {max_lr:g}; press Enter to apply</source>
        <translation>α, la taille de chaque pas vers le bas de la pente : w ← w − α ∂L/∂w. L’entraînement demande 0 &lt; α ≤ {max_lr:g} ; appuyez sur Entrée pour appliquer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="45"/>
        <source>Samples per step: each step averages ∂L/∂w over this many training samples. 1 is stochastic gradient descent</source>
        <translation>Échantillons par pas : chaque pas fait la moyenne de ∂L/∂w sur ce nombre d’échantillons d’entraînement. 1, c’est la descente de gradient stochastique</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="47"/>
        <source>Use every training sample in each step (batch gradient descent: one step per epoch)</source>
        <translation>Utiliser tous les échantillons d’entraînement à chaque pas (descente de gradient par lot complet : un pas par époque)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="49"/>
        <source>A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty</source>
        <translation>Une pénalité sur les poids ajoutée à la perte, qui tire les poids vers 0 : L1 ajoute λ Σ|w|, L2 ajoute ½ λ Σ w². La perte affichée ici et dans les courbes comprend alors la pénalité</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="52"/>
        <source>Seeds the order the samples are shuffled in: the same seed gives the same batches</source>
        <translation>Fixe l’ordre dans lequel les échantillons sont mélangés : la même graine donne les mêmes lots</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="53"/>
        <source>Train until paused, or until a stop set below</source>
        <translation>Entraîner jusqu’à la pause, ou jusqu’à un arrêt réglé ci-dessous</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="54"/>
        <source>Pause training; the weights stay as they are</source>
        <translation>Mettre l’entraînement en pause ; les poids restent tels quels</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="55"/>
        <source>Train one epoch: every training sample once, batch by batch</source>
        <translation>Entraîner une époque : chaque échantillon d’entraînement une fois, lot par lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="56"/>
        <source>Take one step of gradient descent on the next batch</source>
        <translation>Faire un pas de descente de gradient sur le lot suivant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="57"/>
        <source>Put back the weights training started from and begin a new run (the curves so far stay, faded)</source>
        <translation>Remettre les poids dont l’entraînement est parti et commencer un nouvel essai (les courbes obtenues jusqu’ici restent, estompées)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="59"/>
        <source>Draw new starting weights (same scheme, next seed) and begin a new run (the curves so far stay, faded); undoable</source>
        <translation>Tirer de nouveaux poids de départ (même méthode, graine suivante) et commencer un nouvel essai (les courbes obtenues jusqu’ici restent, estompées) ; annulable</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="61"/>
        <source>Stop this run; the epochs done so far stay</source>
        <translation>Arrêter cet essai ; les époques déjà faites restent</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="122"/>
        <source>{done} / {wanted} epochs</source>
        <translation>{done} / {wanted} époques</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="124"/>
        <source>{speed:.0f} epochs/s</source>
        <translation>{speed:.0f} époques/s</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="127"/>
        <source>{left:.0f} s left</source>
        <translation>{left:.0f} s restantes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="138"/>
        <source>Learning rate α</source>
        <translation>Taux d’apprentissage α</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="141"/>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="146"/>
        <source>whole set</source>
        <translation>jeu entier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="159"/>
        <source>λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}</source>
        <translation>λ, le taux de pénalité (0 à {max:g} ; appuyez sur Entrée pour appliquer). {penalty}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="161"/>
        <source>Penalty rate λ</source>
        <translation>Taux de pénalité λ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="168"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="175"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="179"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="181"/>
        <source>Penalty</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="182"/>
        <source>Shuffle seed</source>
        <translation>Graine du mélange</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="184"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="185"/>
        <source>One epoch</source>
        <translation>Une époque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="187"/>
        <source>One batch</source>
        <translation>Un lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="189"/>
        <source>Reset</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="190"/>
        <source>Re-initialise</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="202"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="251"/>
        <source>  of {n}</source>
        <translation>  sur {n}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/train_panel.py" line="274"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="35"/>
        <source>Vanishing gradients: make the network deep (4+ hidden layers), press All hidden sigmoid, then Play. The first layers' curves lie far below the last: they hardly learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the ReLU curves stay close together.</source>
        <translation>Gradients évanescents : rendez le réseau profond (4 couches cachées ou plus), appuyez sur Cachées en sigmoïde, puis sur Lecture. Les courbes des premières couches restent loin sous celles des dernières : elles apprennent à peine. Appuyez ensuite sur Cachées en ReLU, puis sur Lecture : l’essai sigmoïde reste, estompé, et les courbes ReLU restent proches les unes des autres.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="39"/>
        <source>Accuracy counts right answers, so it applies to classification. This data set is regression: read the loss instead.</source>
        <translation>L’exactitude compte les bonnes réponses, elle s’applique donc à la classification. Ce jeu de données est une régression : lisez plutôt la perte.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="41"/>
        <source>The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty (Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²</source>
        <translation>La perte L après chaque époque, moyennée sur le jeu. Avec une pénalité L1 ou L2 sur les poids (panneau Entraînement), la courbe comprend la pénalité : L + λ Σ|w| ou L + ½ λ Σ w²</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="44"/>
        <source>Point at a curve to read its values</source>
        <translation>Pointez une courbe pour lire ses valeurs</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="45"/>
        <source>The network has no hidden layer: add one in the Network panel first</source>
        <translation>Le réseau n’a pas de couche cachée : ajoutez-en d’abord une dans le panneau Réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="111"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="112"/>
        <source>loss L</source>
        <translation>perte L</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="115"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="121"/>
        <source>RMS of ∂L/∂W</source>
        <translation>RMS de ∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="131"/>
        <source>All hidden sigmoid</source>
        <translation>Cachées en sigmoïde</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="132"/>
        <source>Make every hidden layer sigmoid (one undoable edit), then press Play</source>
        <translation>Passer toutes les couches cachées en sigmoïde (une seule modification annulable), puis appuyer sur Lecture</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="134"/>
        <source>All hidden ReLU</source>
        <translation>Cachées en ReLU</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="135"/>
        <source>Make every hidden layer ReLU (one undoable edit), then press Play</source>
        <translation>Passer toutes les couches cachées en ReLU (une seule modification annulable), puis appuyer sur Lecture</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="156"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="157"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="158"/>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="159"/>
        <source>The loss after each epoch, on the training and the test set</source>
        <translation>La perte après chaque époque, sur le jeu d’entraînement et le jeu de test</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="160"/>
        <source>The share of samples classified right after each epoch</source>
        <translation>La part des échantillons bien classés après chaque époque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="161"/>
        <source>How large ∂L/∂W of each layer was, averaged over the epoch's batches, on a log scale</source>
        <translation>La taille de ∂L/∂W de chaque couche, moyennée sur les lots de l’époque, en échelle logarithmique</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="166"/>
        <source>Clear earlier runs</source>
        <translation>Effacer les essais précédents</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="167"/>
        <source>Take the faded curves of earlier runs off the plots</source>
        <translation>Retirer des graphiques les courbes estompées des essais précédents</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="205"/>
        <source>layer {l}</source>
        <translation>couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="247"/>
        <source>{run} (now)</source>
        <translation>{run} (actuel)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/training_curves.py" line="290"/>
        <source>epoch {n}</source>
        <translation>époque {n}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <location filename="../../../bpviz/state/training/training_runs.py" line="72"/>
        <source>run {n}: {activations} · {loss} · α {lr}</source>
        <translation>essai {n} : {activations} · {loss} · α {lr}</translation>
    </message>
    <message>
        <source>run {n}: {activations} · {loss} · α {lr:g}</source>
        <translation type="vanished">essai {n} : {activations} · {loss} · α {lr:g}</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="20"/>
        <source>Stopped at epoch {n}: the training accuracy, {value}, reached its target of {target}.</source>
        <translation>Arrêt à l’époque {n} : l’exactitude d’entraînement, {value}, a atteint son objectif de {target}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="24"/>
        <source>Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target of {target:g}.</source>
        <translation>Arrêt à l’époque {n} : la perte d’entraînement, {value:.6g}, est descendue à son objectif de {target:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/stop_reason.py" line="27"/>
        <source>Stopped at epoch {n}, after the {done} epochs asked for.</source>
        <translation>Arrêt à l’époque {n}, après les {done} époques demandées.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="120"/>
        <source>Training needs a learning rate between 0 and {most:g}; α is {lr:g}.</source>
        <translation>L’entraînement demande un taux d’apprentissage entre 0 et {most:g} ; α vaut {lr:g}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="148"/>
        <source>A watchable speed is 1 to {most} epochs a second.</source>
        <translation>Une vitesse qu’on peut suivre va de 1 à {most} époques par seconde.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/training/training_session.py" line="324"/>
        <source>Training stopped: {error}</source>
        <translation>Entraînement arrêté : {error}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../../bpviz/state/document/view_options.py" line="12"/>
        <source>not yet computed</source>
        <translation>pas encore calculé</translation>
    </message>
</context>
<context>
    <name>WeightMatrices</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="36"/>
        <source>Step through the backward pass to see ∂L/∂W.</source>
        <translation>Avancez dans la propagation arrière pour voir ∂L/∂W.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="37"/>
        <source>∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.</source>
        <translation>∂L/∂W{sup} : pas encore calculé ; poursuivez la propagation arrière jusqu’à la couche {l}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="38"/>
        <source>Point at a cell to read its value</source>
        <translation>Pointez une cellule pour lire sa valeur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="39"/>
        <source>Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward pass has revealed it, instead of the weights w_ji</source>
        <translation>Afficher ∂L/∂w_ji = δ_j x_i du pas en cours, une fois que la propagation arrière l’a révélé, au lieu des poids w_ji</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="90"/>
        <source>Show ∂L/∂W instead of W</source>
        <translation>Afficher ∂L/∂W au lieu de W</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="208"/>
        <source>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (rows: neurons of layer {l}, columns: layer {k})</source>
        <translation>&lt;b&gt;{W}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{rows} × {cols} (lignes : neurones de la couche {l}, colonnes : couche {k})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weight_matrices.py" line="237"/>
        <source>{symbol} = {value}   (row {j}, column {i})</source>
        <translation>{symbol} = {value}   (ligne {j}, colonne {i})</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="28"/>
        <source>A batch of {B}: ∂L/∂w is the mean of the samples' own ∂Lₙ/∂w, the {B} columns after it; Δw and After follow them.</source>
        <translation>Un lot de {B} : ∂L/∂w est la moyenne des ∂Lₙ/∂w propres aux échantillons, les {B} colonnes qui le suivent ; Δw et Après viennent ensuite.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="45"/>
        <source>Show the parameters of one layer</source>
        <translation>Afficher les paramètres d’une seule couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="76"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="135"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table.py" line="142"/>
        <source>Showing the first {shown:,} of {total:,} parameters.</source>
        <translation>Affichage des {shown:,} premiers paramètres sur {total:,}.</translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="313"/>
        <source>Bias of neuron {j} of layer {l}</source>
        <translation>Biais du neurone {j} de la couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="314"/>
        <source>Weight from neuron {i} of layer {k} to neuron {j} of layer {l}</source>
        <translation>Poids du neurone {i} de la couche {k} au neurone {j} de la couche {l}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="101"/>
        <source>The settings file {path} could not be read; it was set aside as {aside}, and bpviz starts with its defaults.</source>
        <translation>Le fichier de réglages {path} n’a pas pu être lu ; il a été mis de côté sous le nom {aside}, et bpviz démarre avec ses réglages par défaut.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/app.py" line="120"/>
        <source>The restored work is open instead of {path}; save it, then open {path} from the File menu.</source>
        <translation>Le travail rétabli est ouvert à la place de {path} ; enregistrez-le, puis ouvrez {path} depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../../bpviz/state/document/commands.py" line="28"/>
        <source>Set {name} to {value:g}</source>
        <translation>Régler {name} à {value:g}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="14"/>
        <source>bpviz networks (*.json);;All files (*)</source>
        <translation>Réseaux bpviz (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="15"/>
        <source>CSV data (*.csv *.txt);;All files (*)</source>
        <translation>Données CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="24"/>
        <source>Open network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="30"/>
        <source>Save network</source>
        <translation>Enregistrer le réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="37"/>
        <source>Import data (CSV)</source>
        <translation>Importer des données (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="44"/>
        <source>Open lesson file</source>
        <translation>Ouvrir un fichier de leçon</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="45"/>
        <source>bpviz lessons (*.toml);;All files (*)</source>
        <translation>Leçons bpviz (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="51"/>
        <source>Export data (CSV)</source>
        <translation>Exporter les données (CSV)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>PDF handout (*.pdf)</source>
        <translation>Fiche PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="61"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="62"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="63"/>
        <source>Export worked example</source>
        <translation>Exporter l’exemple résolu</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="73"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>« {name} » a des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="100"/>
        <source>Restore unsaved work</source>
        <translation>Rétablir le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="101"/>
        <source>bpviz closed unexpectedly; restore the unsaved work of “{name}” from {when}?</source>
        <translation>bpviz s’est fermé de façon inattendue ; rétablir le travail non enregistré de « {name} » datant de {when} ?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="104"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="105"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="106"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="120"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="142"/>
        <source>Folder for the frames</source>
        <translation>Dossier des images</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="143"/>
        <source>Record to</source>
        <translation>Enregistrer vers</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="144"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>engine_words</name>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="15"/>
        <source>sigmoid σ</source>
        <translation>sigmoïde σ</translation>
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
        <translation>linéaire</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="16"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>mean squared error</source>
        <translation>erreur quadratique moyenne</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="17"/>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="18"/>
        <source>sigmoid</source>
        <translation>sigmoïde</translation>
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
        <translation>entropie croisée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="42"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="44"/>
        <source>Update · layer {l}</source>
        <translation>Mise à jour · couche {l}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="45"/>
        <source>Forward · layer {l} · neuron {j}</source>
        <translation>Avant · couche {l} · neurone {j}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/look/engine_words.py" line="46"/>
        <source>Backward · layer {l} · neuron {j}</source>
        <translation>Arrière · couche {l} · neurone {j}</translation>
    </message>
</context>
<context>
    <name>error handler</name>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="70"/>
        <source>The details are in {path}.</source>
        <translation>Les détails sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="71"/>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n’ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="72"/>
        <source>Something went wrong inside bpviz ({kind}: {error}). Your work is still open. </source>
        <translation>Un problème est survenu dans bpviz ({kind} : {error}). Votre travail est toujours ouvert. </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="74"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/error_handler.py" line="75"/>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="59"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="60"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="61"/>
        <source>Open &amp;preset</source>
        <translation>Ouvrir un réseau &amp;prédéfini</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="69"/>
        <source>&amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="84"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="85"/>
        <source>&amp;Export worked example…</source>
        <translation>E&amp;xporter l’exemple résolu…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="86"/>
        <source>The current step, every equation with its numbers, as a PDF, web page or Markdown handout</source>
        <translation>Le pas en cours, chaque équation avec ses nombres, sous forme de fiche PDF, de page web ou de Markdown</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="88"/>
        <source>Export p&amp;icture</source>
        <translation>Exporter une &amp;image</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="91"/>
        <source>A PNG (twice the screen's pixels) or an SVG, as the file name ends</source>
        <translation>Un PNG (deux fois les pixels de l’écran) ou un SVG, selon la fin du nom de fichier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="92"/>
        <source>Record a&amp;nimation…</source>
        <translation>Enregistrer une &amp;animation…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="93"/>
        <source>A step-through or a training run as an animated GIF or a sequence of PNG pictures</source>
        <translation>Un pas à pas ou un entraînement sous forme de GIF animé ou de suite d’images PNG</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="107"/>
        <source>&amp;Edit focused value…</source>
        <translation>&amp;Modifier la valeur sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="108"/>
        <source>Type a new value for the focused weight or bias</source>
        <translation>Taper une nouvelle valeur pour le poids ou le biais sélectionné</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="109"/>
        <source>Re-&amp;initialise weights</source>
        <translation>Ré&amp;initialiser les poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="110"/>
        <source>Draw new weights with the network's scheme and the next seed</source>
        <translation>Tirer de nouveaux poids avec la méthode du réseau et la graine suivante</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="114"/>
        <source>The theme, the digits shown, the text size and the learning rate of a new document</source>
        <translation>Le thème, les chiffres affichés, la taille du texte et le taux d’apprentissage d’un nouveau document</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="118"/>
        <source>Show &amp;numbers</source>
        <translation>Afficher les &amp;nombres</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="120"/>
        <source>Show &amp;gradients on edges</source>
        <translation>Afficher les gra&amp;dients sur les connexions</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="122"/>
        <source>Edges show ∂L/∂w in the backward pass and Δw at the update</source>
        <translation>Les connexions montrent ∂L/∂w pendant la propagation arrière et Δw à la mise à jour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="123"/>
        <source>Show neuron &amp;maps</source>
        <translation>Afficher les &amp;cartes des neurones</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="125"/>
        <source>Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs</source>
        <translation>Chaque neurone montre sa sortie x (δ pendant la propagation arrière) sur le plan d’entrée, pour des entrées 2D</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="128"/>
        <source>Inspector in matri&amp;x form</source>
        <translation>Inspecteur sous forme &amp;matricielle</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="131"/>
        <source>The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</source>
        <translation>L’Inspecteur écrit le pas de la couche sélectionnée avec des vecteurs et des matrices : z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="134"/>
        <source>&amp;Computational graph</source>
        <translation>&amp;Graphe de calcul</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="135"/>
        <source>The centre shows the step's operations (w·x, z, f, the loss) with their values and gradients, and the focused weight's paths to L; again for the network</source>
        <translation>Le centre montre les opérations du pas (w·x, z, f, la perte) avec leurs valeurs et leurs gradients, et les chemins du poids sélectionné vers L ; encore une fois pour revenir au réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="137"/>
        <source>&amp;Digits</source>
        <translation>C&amp;hiffres</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="140"/>
        <source>{n} significant digits</source>
        <translation>{n} chiffres significatifs</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="149"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="151"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="153"/>
        <source>&amp;Fit network to window</source>
        <translation>A&amp;juster le réseau à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="156"/>
        <source>&amp;Step-through layout</source>
        <translation>Disposition &amp;pas à pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="157"/>
        <source>The network, the example, the inspector and the weights table</source>
        <translation>Le réseau, l’exemple, l’inspecteur et la table des poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="158"/>
        <source>&amp;Training layout</source>
        <translation>Disposition &amp;entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="159"/>
        <source>The network, the data, the training controls, the output map and the curves</source>
        <translation>Le réseau, les données, les commandes d’entraînement, la carte de sortie et les courbes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="160"/>
        <source>&amp;Enlarge the output map</source>
        <translation>Agrandir la carte de &amp;sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="161"/>
        <source>The output map large, over the window; again to put it back</source>
        <translation>La carte de sortie en grand, par-dessus la fenêtre ; encore une fois pour la remettre en place</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="163"/>
        <source>&amp;Panels</source>
        <translation>P&amp;anneaux</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="167"/>
        <source>&amp;Step</source>
        <translation>&amp;Pas à pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="174"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="175"/>
        <source>&amp;Back</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="176"/>
        <source>To the &amp;end of the phase</source>
        <translation>Jusqu’à la &amp;fin de la phase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="177"/>
        <source>&amp;Reset to the start of the step</source>
        <translation>Revenir au &amp;début du pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="178"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="180"/>
        <source>Back to the &amp;starting weights</source>
        <translation>Revenir aux &amp;poids de départ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="181"/>
        <source>The weights as opened or last edited, before any stepping or training (undoable)</source>
        <translation>Les poids tels qu’ouverts ou modifiés en dernier, avant tout pas à pas ou entraînement (annulable)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="183"/>
        <source>Show the &amp;next sample of the batch</source>
        <translation>Échantillon &amp;suivant du lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="184"/>
        <source>In a batch, the canvas and the Inspector show one sample's values: the next one</source>
        <translation>Dans un lot, le canevas et l’Inspecteur montrent les valeurs d’un seul échantillon : le suivant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="185"/>
        <source>Show the pre&amp;vious sample of the batch</source>
        <translation>Échantillon pré&amp;cédent du lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="187"/>
        <source>Move by</source>
        <translation>Avancer par</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Neuron</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="189"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="190"/>
        <source>Whole step</source>
        <translation>Pas entier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="198"/>
        <source>&amp;Train</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="200"/>
        <source>&amp;Train / pause</source>
        <translation>&amp;Entraîner / pause</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="202"/>
        <source>One &amp;epoch</source>
        <translation>Une é&amp;poque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="203"/>
        <source>One &amp;batch</source>
        <translation>Un &amp;lot</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="204"/>
        <source>&amp;Reset to the starting weights</source>
        <translation>&amp;Revenir aux poids de départ</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="205"/>
        <source>Restore the last &amp;finite weights</source>
        <translation>Rétablir les derniers poids &amp;finis</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="207"/>
        <source>&amp;Speed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="210"/>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="215"/>
        <source>&amp;Slower</source>
        <translation>Plus &amp;lent</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="216"/>
        <source>&amp;Faster</source>
        <translation>Plus &amp;rapide</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="219"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="220"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="222"/>
        <source>Show &amp;hints</source>
        <translation>Afficher les &amp;astuces</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="223"/>
        <source>The first steps, over the network: the keys to step, inspect, edit and train</source>
        <translation>Les premiers pas, par-dessus le réseau : les touches pour avancer, inspecter, modifier et entraîner</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="224"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="225"/>
        <source>&amp;Choose a lesson…</source>
        <translation>&amp;Choisir une leçon…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="226"/>
        <source>Guided lessons through the seed: one neuron, the forward pass, the backward pass, XOR, vanishing gradients</source>
        <translation>Des leçons guidées dans la base : un neurone, la propagation avant, la propagation arrière, XOR, les gradients évanescents</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="228"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="229"/>
        <source>Read a lesson a teacher wrote as a TOML file</source>
        <translation>Lire une leçon qu’un enseignant a écrite sous forme de fichier TOML</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="231"/>
        <source>&amp;About bpviz</source>
        <translation>À &amp;propos de bpviz</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="249"/>
        <source>P&amp;resenter mode</source>
        <translation>Mode présen&amp;tation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="250"/>
        <source>Full screen for a projector: the canvas, the step bar and the inspector, larger. Esc leaves, B blanks the screen</source>
        <translation>Plein écran pour un projecteur : le canevas, la barre de pas et l’inspecteur, en plus grand. Échap pour quitter, B noircit l’écran</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="253"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="254"/>
        <source>Black on white with strong frames, for a washed-out projector; the data colours stay blue and orange</source>
        <translation>Noir sur blanc avec des cadres marqués, pour un projecteur délavé ; les couleurs des données restent bleu et orange</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="259"/>
        <source>Presenter te&amp;xt size</source>
        <translation>Taille du te&amp;xte de présentation</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="262"/>
        <source>{factor:g} × the usual size</source>
        <translation>{factor:g} × la taille habituelle</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="284"/>
        <source>New weights: {init} initialisation, seed {seed}</source>
        <translation>Nouveaux poids : initialisation {init}, graine {seed}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="296"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="299"/>
        <source>Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: the next control)</source>
        <translation>Canevas : sélectionner le neurone suivant / précédent, couche par couche, puis la perte (au-delà des extrémités : la commande suivante)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="300"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="301"/>
        <source>Canvas: the neuron above / below (on a weight: the neighbouring weight)</source>
        <translation>Canevas : le neurone au-dessus / en dessous (sur un poids : le poids voisin)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="302"/>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="303"/>
        <source>Canvas: the layer before / after (after the output: the loss)</source>
        <translation>Canevas : la couche précédente / suivante (après la sortie : la perte)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="304"/>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Gauche / Ctrl+Droite</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="305"/>
        <source>Canvas: from a neuron to its incoming weights, and back</source>
        <translation>Canevas : d’un neurone à ses poids entrants, et retour</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="306"/>
        <source>Canvas: edit the focused weight, the focused neuron's bias or an input</source>
        <translation>Canevas : modifier le poids sélectionné, le biais du neurone sélectionné ou une entrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="307"/>
        <source>Enter or F2</source>
        <translation>Entrée ou F2</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>Canvas: add a neuron to the focused layer</source>
        <translation>Canevas : ajouter un neurone à la couche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="308"/>
        <source>+ or Insert</source>
        <translation>+ ou Inser</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>Canvas: remove the focused neuron</source>
        <translation>Canevas : retirer le neurone sélectionné</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="309"/>
        <source>− or Delete</source>
        <translation>− ou Suppr</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Canvas: zoom</source>
        <translation>Canevas : zoom</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/menus.py" line="310"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + molette de la souris</translation>
    </message>
    <message>
        <source>Canvas: focus the previous / next neuron</source>
        <translation type="vanished">Canevas : sélectionner le neurone précédent / suivant</translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="38"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="42"/>
        <source>{what}: type a number</source>
        <translation>{what} : tapez un nombre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="45"/>
        <source>{what}: “{text}” is not a number: write decimals with a point (0.5), with no thousands separator</source>
        <translation>{what} : « {text} » n’est pas un nombre : écrivez les décimales avec une virgule (0,5), sans séparateur de milliers</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="49"/>
        <source>{what}: “{text}” is not a number</source>
        <translation>{what} : « {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="52"/>
        <source>{what}: {text} is not a finite number</source>
        <translation>{what} : {text} n’est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="54"/>
        <source>{what}: {text} is too small to tell from 0</source>
        <translation>{what} : {text} est trop petit pour être distingué de 0</translation>
    </message>
    <message>
        <location filename="../../../bpviz/state/document/parsing.py" line="62"/>
        <source>{what}: {count} numbers needed, {given} given</source>
        <translation>{what} : {count} nombres attendus, {given} donnés</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../../bpviz/ui/export/picture.py" line="185"/>
        <source>the picture could not be encoded as {format}</source>
        <translation>l’image n’a pas pu être encodée en {format}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="37"/>
        <source>Output map</source>
        <translation>Carte de sortie</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="38"/>
        <source>Weight matrices</source>
        <translation>Matrices de poids</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="39"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="61"/>
        <source>There is no picture called “{name}”.</source>
        <translation>Il n’y a pas d’image appelée « {name} ».</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="63"/>
        <source>There is no data yet, so no {what} to export: choose a data set in the Data panel (View ▸ Training layout).</source>
        <translation>Il n’y a pas encore de données, donc rien à exporter ({what}) : choisissez un jeu de données dans le panneau Données (Affichage ▸ Disposition entraînement).</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="66"/>
        <source>There is no accuracy curve for this data: show the Loss or the Gradients tab of the Curves to export it.</source>
        <translation>Il n’y a pas de courbe d’exactitude pour ces données : affichez l’onglet Perte ou Gradients des Courbes pour l’exporter.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="147"/>
        <source>Export picture: {what}</source>
        <translation>Exporter une image : {what}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="156"/>
        <source>{file}: bpviz writes pictures as PNG or SVG; end the file name in .png or .svg.</source>
        <translation>{file} : bpviz écrit les images en PNG ou en SVG ; terminez le nom du fichier par .png ou .svg.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="167"/>
        <source>Could not write the picture {file}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire l’image {file} : {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/picture_export.py" line="171"/>
        <source>Saved the picture {path}</source>
        <translation>Image {path} enregistrée</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="60"/>
        <source>target t</source>
        <translation>cible t</translation>
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
        <translation>entraînement ({n})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/lab/data_picture.py" line="102"/>
        <source>test ({n})</source>
        <translation>test ({n})</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="14"/>
        <source>Hand-worked 2-2-2 example</source>
        <translation>Exemple 2-2-2 calculé à la main</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="15"/>
        <source>XOR: a problem no straight line can solve</source>
        <translation>XOR : un problème qu’aucune droite ne peut résoudre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="16"/>
        <source>Circles: a ring around a disc</source>
        <translation>Cercles : un anneau autour d’un disque</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="17"/>
        <source>Two interleaved spirals</source>
        <translation>Deux spirales entrelacées</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/preset_titles.py" line="18"/>
        <source>Regression: fitting a curve</source>
        <translation>Régression : ajuster une courbe</translation>
    </message>
</context>
<context>
    <name>recording</name>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="37"/>
        <source>a file of that name is there, not a folder</source>
        <translation>un fichier de ce nom existe, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="42"/>
        <source>no such folder</source>
        <translation>ce dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="53"/>
        <source>the frame could not be written</source>
        <translation>l’image n’a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/frame_files.py" line="58"/>
        <source>there are no frames to write</source>
        <translation>il n’y a aucune image à écrire</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="52"/>
        <source>Choose what to record.</source>
        <translation>Choisissez quoi enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="54"/>
        <source>Choose where to save the recording.</source>
        <translation>Choisissez où enregistrer l’animation.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="57"/>
        <source>The number of epochs and the epochs per frame are at least 1.</source>
        <translation>Le nombre d’époques et les époques par image valent au moins 1.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="59"/>
        <source>That would be {n} frames; a recording has at most {most}: take a frame less often.</source>
        <translation>Cela ferait {n} images ; un enregistrement en compte au plus {most} : prenez une image moins souvent.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="62"/>
        <source>A frame shows for 20 ms to 60 s.</source>
        <translation>Une image s’affiche de 20 ms à 60 s.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="101"/>
        <source>Could not record to {path}: {reason}. Nothing was recorded.</source>
        <translation>Impossible d’enregistrer vers {path} : {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="113"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="120"/>
        <source>The step is already at its end: record the whole step, or step back first.</source>
        <translation>Le pas est déjà à sa fin : enregistrez le pas entier, ou reculez d’abord.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="179"/>
        <source>Frame {made} of {total}</source>
        <translation>Image {made} sur {total}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="197"/>
        <source>The recording stopped: {reason}. Nothing was written.</source>
        <translation>L’enregistrement s’est arrêté : {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="200"/>
        <source>Recording cancelled; nothing was written. The {n} epochs trained so far stay.</source>
        <translation>Enregistrement annulé ; rien n’a été écrit. Les {n} époques entraînées jusqu’ici restent.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="203"/>
        <source>Recording cancelled; nothing was written.</source>
        <translation>Enregistrement annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="209"/>
        <source>Could not write the recording {path}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire l’enregistrement {path} : {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="214"/>
        <source>Recorded {n} frames to {path}</source>
        <translation>{n} images enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="216"/>
        <source> (training stopped early: {why})</source>
        <translation> (entraînement arrêté avant la fin : {why})</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/export/recording.py" line="253"/>
        <source>A recording is already being made.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="41"/>
        <source>A recovery copy could not be read ({reason}); it was set aside in {folder}.</source>
        <translation>Une copie de récupération n’a pas pu être lue ({reason}) ; elle a été mise de côté dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="48"/>
        <source>A recovery copy of “{name}” from {when} is older than {path}, which was saved after it; the copy was set aside in {folder}.</source>
        <translation>Une copie de récupération de « {name} » datant de {when} est plus ancienne que {path}, enregistré après elle ; la copie a été mise de côté dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="79"/>
        <source>Restored the unsaved work of “{name}” from {when}. Save it to keep it.</source>
        <translation>Le travail non enregistré de « {name} » datant de {when} a été rétabli. Enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="82"/>
        <source>One more copy of unsaved work will be offered the next time bpviz starts.</source>
        <translation>Une autre copie de travail non enregistré sera proposée au prochain démarrage de bpviz.</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/shell/recovery.py" line="85"/>
        <source>{count} more copies of unsaved work will be offered the next time bpviz starts.</source>
        <translation>{count} autres copies de travail non enregistré seront proposées au prochain démarrage de bpviz.</translation>
    </message>
</context>
<context>
    <name>weights_table</name>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="26"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="27"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="36"/>
        <source>The weight {w} from neuron i of layer l−1 to neuron j of layer l, or the bias {b}</source>
        <translation>Le poids {w} du neurone i de la couche l−1 au neurone j de la couche l, ou le biais {b}</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="38"/>
        <source>The layer l the parameter feeds</source>
        <translation>La couche l qu’alimente le paramètre</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="39"/>
        <source>The value this step's forward pass uses</source>
        <translation>La valeur qu’utilise la propagation avant de ce pas</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="40"/>
        <source>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), once the neuron's backward event is revealed.
Sorts by magnitude |∂L/∂w|, largest first: which weight does the loss blame most?</source>
        <translation>∂L/∂w = {delta} {x} (∂L/∂b = {delta}), une fois révélé l’événement arrière du neurone.
Trie par grandeur |∂L/∂w|, la plus grande d’abord : quel poids la perte accuse-t-elle le plus ?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="43"/>
        <source>Δw = −α ∂L/∂w, once the layer's update is revealed.
Sorts by magnitude |Δw|, largest first: which weight moved most?</source>
        <translation>Δw = −α ∂L/∂w, une fois révélée la mise à jour de la couche.
Trie par grandeur |Δw|, la plus grande d’abord : quel poids a le plus bougé ?</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="45"/>
        <source>w − α ∂L/∂w, once the layer's update is revealed</source>
        <translation>w − α ∂L/∂w, une fois révélée la mise à jour de la couche</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="47"/>
        <source>∂L/∂w (mean)</source>
        <translation>∂L/∂w (moyenne)</translation>
    </message>
    <message>
        <location filename="../../../bpviz/ui/stepping/weights_table_model.py" line="48"/>
        <source>Sample {n}'s own term ∂L{n_sub}/∂w = {delta} {x} with its values (∂L{n_sub}/∂b = {delta}).
The mean of these terms over the batch is ∂L/∂w, which the update uses.</source>
        <translation>Terme propre à l’échantillon {n}, ∂L{n_sub}/∂w = {delta} {x}, avec ses valeurs (∂L{n_sub}/∂b = {delta}).
La moyenne de ces termes sur le lot est ∂L/∂w, qu’utilise la mise à jour.</translation>
    </message>
</context>
</TS>

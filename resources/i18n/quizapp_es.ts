<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AnswerWidget</name>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>quizapp cannot start</source>
            <translation>quizapp no puede iniciarse</translation>
        </message>
        <message>
            <source>About your progress</source>
            <translation>Sobre tu progreso</translation>
        </message>
        <message>
            <source>Answers kept in a file</source>
            <translation>Respuestas guardadas en un archivo</translation>
        </message>
    </context>
    <context>
        <name>ArgParse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra esta ayuda y termina</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s</source>
            <translation>%(prog)s: error: %(message)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>hace falta uno de los argumentos %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignora el valor indicado %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>espera un valor</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>espera como mucho un valor</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>espera al menos un valor</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>opción inesperada: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor no válido para %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>valor no válido: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>orden desconocida %(parser_name)r (posibles: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>ChoiceWidget</name>
        <message>
            <source>Check box {n} of {count}; press {n} to tick it</source>
            <translation>Casilla {n} de {count}; pulsa {n} para marcarla</translation>
        </message>
        <message>
            <source>Check box {n} of {count}</source>
            <translation>Casilla {n} de {count}</translation>
        </message>
        <message>
            <source>Option {n} of {count}; press {n} to pick it</source>
            <translation>Opción {n} de {count}; pulsa {n} para elegirla</translation>
        </message>
        <message>
            <source>Option {n} of {count}</source>
            <translation>Opción {n} de {count}</translation>
        </message>
        <message>
            <source>1–{last} tick or untick a choice</source>
            <translation>1–{last} marca o desmarca una opción</translation>
        </message>
        <message>
            <source>1–{last} pick a choice</source>
            <translation>1–{last} elige una opción</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Tick every right choice</source>
            <translation>Marca todas las opciones correctas</translation>
        </message>
        <message>
            <source>Pick one choice</source>
            <translation>Elige una opción</translation>
        </message>
    </context>
    <context>
        <name>ClassReportPage</name>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminados</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrumpidos</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Último</translation>
        </message>
        <message>
            <source>Time (last)</source>
            <translation>Tiempo (último)</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Tiempo adicional</translation>
        </message>
        <message>
            <source>Machines</source>
            <translation>Equipos</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Bank file:line</source>
            <translation>Archivo:línea</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Preguntada</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facilidad</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discriminación</translation>
        </message>
        <message>
            <source>Median time</source>
            <translation>Tiempo mediano</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>Class report</source>
            <translation>Informe de la clase</translation>
        </message>
        <message>
            <source>Choose the folder the classroom results were collected in (a USB stick, a shared folder, or several sticks' folders side by side).</source>
            <translation>Elige la carpeta en la que se recogieron los resultados de la clase (una memoria USB, una carpeta compartida o las carpetas de varias memorias una al lado de otra).</translation>
        </message>
        <message>
            <source>Choose results folder… ({key})</source>
            <translation>Elegir carpeta de resultados… ({key})</translation>
        </message>
        <message>
            <source>Pick the folder of results files to report on</source>
            <translation>Elegir la carpeta con los archivos de resultados para el informe</translation>
        </message>
        <message>
            <source>Choose results folder</source>
            <translation>Elegir carpeta de resultados</translation>
        </message>
        <message>
            <source>Save as a web page… ({key})</source>
            <translation>Guardar como página web… ({key})</translation>
        </message>
        <message>
            <source>Save the report as one HTML file and open it in the browser</source>
            <translation>Guardar el informe como un archivo HTML y abrirlo en el navegador</translation>
        </message>
        <message>
            <source>Save as a web page</source>
            <translation>Guardar como página web</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Volver ({key})</translation>
        </message>
        <message>
            <source>Leave the class report</source>
            <translation>Salir del informe de la clase</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Reading the results</source>
            <translation>Leyendo los resultados</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Report tables</source>
            <translation>Tablas del informe</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>One row per learner and preset</source>
            <translation>Una fila por estudiante y plantilla</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Facility, discrimination and median time of every question, over finished attempts</source>
            <translation>Facilidad, discriminación y tiempo mediano de cada pregunta, sobre los intentos terminados</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Preguntas señaladas</translation>
        </message>
        <message>
            <source>Too easy, too hard or negative discrimination, with the bank file and line</source>
            <translation>Demasiado fáciles, demasiado difíciles o con discriminación negativa, con el archivo y la línea del banco de preguntas</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Why it cannot be read</source>
            <translation>Por qué no se puede leer</translation>
        </message>
        <message>
            <source>Unreadable files</source>
            <translation>Archivos ilegibles</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>&amp;Estudiantes</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Preguntas</translation>
        </message>
        <message>
            <source>&amp;Flagged</source>
            <translation>&amp;Señaladas</translation>
        </message>
        <message>
            <source>&amp;Unreadable</source>
            <translation>&amp;Ilegibles</translation>
        </message>
        <message>
            <source>Facility: the mean score on a question (100% = everyone right); flagged too easy above {easy}%, too hard below {hard}%. Discrimination: the correlation (−1 to 1) between the score on a question and on the rest of the attempt; above 0.3 is good, below 0 is flagged (check the answer key and the wording). Interrupted attempts count per learner only.</source>
            <translation>Facilidad: la puntuación media en una pregunta (100 % = todos la aciertan); se señala como demasiado fácil por encima del {easy} % y demasiado difícil por debajo del {hard} %. Discriminación: la correlación (de −1 a 1) entre la puntuación en una pregunta y en el resto del intento; por encima de 0,3 es buena, por debajo de 0 se señala (revisa la respuesta correcta y la redacción). Los intentos interrumpidos solo cuentan por estudiante.</translation>
        </message>
        <message>
            <source>Reading the numbers</source>
            <translation>Cómo leer las cifras</translation>
        </message>
        <message>
            <source>Choose the results folder</source>
            <translation>Elegir la carpeta de resultados</translation>
        </message>
        <message>
            <source>No such folder</source>
            <translation>La carpeta no existe</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} no es una carpeta.</translation>
        </message>
        <message>
            <source>Reading {folder}…</source>
            <translation>Leyendo {folder}…</translation>
        </message>
        <message>
            <source>The results cannot be read</source>
            <translation>No se pueden leer los resultados</translation>
        </message>
        <message>
            <source>no results yet</source>
            <translation>aún no hay resultados</translation>
        </message>
        <message>
            <source>Class report — {presets}</source>
            <translation>Informe de la clase — {presets}</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies, not counted: see the Unreadable tab.</source>
            <translation>
                <numerusform>%n intento con copias contradictorias, no contado: mira la pestaña Ilegibles.</numerusform>
                <numerusform>%n intentos con copias contradictorias, no contados: mira la pestaña Ilegibles.</numerusform>
            </translation>
        </message>
        <message>
            <source>{attempts} ({finished} finished, {interrupted} interrupted) from {files}; {duplicates} ignored; {unreadable}. Mean score {mean}, median {median}. {flagged} flagged.</source>
            <translation>{attempts} ({finished} terminados, {interrupted} interrumpidos) de {files}; {duplicates} sin tener en cuenta; {unreadable}. Puntuación media {mean}, mediana {median}. {flagged} señaladas.</translation>
        </message>
        <message numerus="yes">
            <source>attempt {id} differs in %n file(s); none is counted</source>
            <translation>
                <numerusform>el intento {id} difiere en %n archivo; no se cuenta ninguno</numerusform>
                <numerusform>el intento {id} difiere en %n archivos; no se cuenta ninguno</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Flagged ({count})</source>
            <translation>&amp;Señaladas ({count})</translation>
        </message>
        <message>
            <source>&amp;Unreadable ({count})</source>
            <translation>&amp;Ilegibles ({count})</translation>
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation>Todavía no se ha elegido ninguna carpeta.</translation>
        </message>
        <message>
            <source>Save the class report</source>
            <translation>Guardar el informe de la clase</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Página web (*.html)</translation>
        </message>
        <message>
            <source>The report cannot be saved</source>
            <translation>No se puede guardar el informe</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>No se puede escribir {path}: {reason}.</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Informe guardado</translation>
        </message>
        <message>
            <source>The report is saved as {path}. Open it in a browser.</source>
            <translation>El informe se ha guardado como {path}. Ábrelo en un navegador.</translation>
        </message>
        <message>
            <source>(no time limit)</source>
            <translation>(sin límite de tiempo)</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, línea {line}</translation>
        </message>
    </context>
    <context>
        <name>ClassroomAbout</name>
        <message>
            <source>{time} for the whole quiz</source>
            <translation>{time} para todo el cuestionario</translation>
        </message>
        <message>
            <source>{time} for each question</source>
            <translation>{time} para cada pregunta</translation>
        </message>
        <message>
            <source>right or wrong after each answer</source>
            <translation>correcto o incorrecto tras cada respuesta</translation>
        </message>
        <message>
            <source>your score and answers at the end</source>
            <translation>tu puntuación y tus respuestas al final</translation>
        </message>
        <message>
            <source>your score at the end</source>
            <translation>tu puntuación al final</translation>
        </message>
        <message>
            <source>your answers go to your teacher</source>
            <translation>tus respuestas van a tu profesor</translation>
        </message>
        <message>
            <source>one attempt each</source>
            <translation>un intento por persona</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) each</source>
            <translation>
                <numerusform>%n intento por persona</numerusform>
                <numerusform>%n intentos por persona</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassroomQuizPage</name>
        <message>
            <source>Leave ({key})</source>
            <translation>Salir ({key})</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Salir del cuestionario</translation>
        </message>
        <message>
            <source>Stop now, after asking; the answers given are saved</source>
            <translation>Parar ahora, tras confirmar; las respuestas dadas se guardan</translation>
        </message>
        <message>
            <source>Welcome back: your quiz goes on where it stopped.</source>
            <translation>Bienvenido de nuevo: tu cuestionario sigue donde se quedó.</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
    </context>
    <context>
        <name>ClassroomWindow</name>
        <message>
            <source>Classroom quiz</source>
            <translation>Cuestionario de clase</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Classroom · {machine}</source>
            <translation>Aula · {machine}</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Your earlier results cannot be checked: the results folder does not answer. Ask your teacher to check the USB stick or the shared folder, then press Start again.</source>
            <translation>No se pueden comprobar tus resultados anteriores: la carpeta de resultados no responde. Pide a tu profesor que revise la memoria USB o la carpeta compartida y después pulsa Empezar otra vez.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>¿Salir del cuestionario?</translation>
        </message>
        <message>
            <source>Leave the quiz now? The answers you gave are saved and go to your teacher as an unfinished attempt. It counts as an attempt: you cannot come back to it.</source>
            <translation>¿Salir ahora del cuestionario? Tus respuestas se guardan y le llegan a tu profesor como un intento sin terminar. Cuenta como intento: no podrás volver a él.</translation>
        </message>
        <message>
            <source>Leave the quiz and close quizapp? The answers you gave are saved and go to your teacher as an unfinished attempt. It counts as an attempt.</source>
            <translation>¿Salir del cuestionario y cerrar quizapp? Tus respuestas se guardan y le llegan a tu profesor como un intento sin terminar. Cuenta como intento.</translation>
        </message>
        <message numerus="yes">
            <source>Close the classroom session? %n result(s) still wait on this computer; they are delivered the next time quizapp runs here.</source>
            <translation>
                <numerusform>¿Cerrar la sesión de clase? Queda %n resultado pendiente en este equipo; se entregará la próxima vez que quizapp se abra aquí.</numerusform>
                <numerusform>¿Cerrar la sesión de clase? Quedan %n resultados pendientes en este equipo; se entregarán la próxima vez que quizapp se abra aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the classroom session?</source>
            <translation>¿Cerrar la sesión de clase?</translation>
        </message>
        <message>
            <source>Close quizapp?</source>
            <translation>¿Cerrar quizapp?</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>Timed quizzes from YAML question banks. With no command, opens the app.</source>
            <translation>Cuestionarios con tiempo a partir de bancos de preguntas en YAML. Sin orden, abre la aplicación.</translation>
        </message>
        <message>
            <source>print the version and where data, cache and banks are read from, then exit</source>
            <translation>muestra la versión y de dónde se leen los datos, la caché y los bancos de preguntas, y termina</translation>
        </message>
        <message>
            <source>open full screen (lab machines)</source>
            <translation>abre a pantalla completa (ordenadores del aula)</translation>
        </message>
        <message>
            <source>start a classroom session from this *.preset.yaml file (see docs/classroom.md)</source>
            <translation>empieza una sesión de clase con esta plantilla (*.preset.yaml) (ver docs/classroom.md)</translation>
        </message>
        <message>
            <source>colours: follow the system (default), or force light or dark</source>
            <translation>colores: los del sistema (por defecto), o siempre claros u oscuros</translation>
        </message>
        <message>
            <source>the language of the app and the commands (de, es, ...); default: the learner's setting, else the system's (docs/translating.md)</source>
            <translation>el idioma de la aplicación y de las órdenes (de, es, …); por defecto: el del estudiante, si no, el del sistema (docs/translating.md)</translation>
        </message>
        <message>
            <source>check question banks and presets, and report every mistake</source>
            <translation>comprueba bancos de preguntas y plantillas, e informa de cada error</translation>
        </message>
        <message>
            <source>write learners' attempts and answers as CSV or JSON for a spreadsheet</source>
            <translation>escribe los intentos y respuestas de los estudiantes en CSV o JSON para una hoja de cálculo</translation>
        </message>
        <message>
            <source>merge a class's results folder into an HTML report (and CSV)</source>
            <translation>combina la carpeta de resultados de una clase en un informe HTML (y CSV)</translation>
        </message>
        <message>
            <source>convert questions to and from Moodle XML, GIFT, Aiken, CSV, Anki; print to PDF</source>
            <translation>convierte preguntas desde y hacia Moodle XML, GIFT, Aiken, CSV, Anki; imprime en PDF</translation>
        </message>
        <message>
            <source>send a results folder to a Learning Record Store (xAPI), or test the connection</source>
            <translation>envía una carpeta de resultados a un Learning Record Store (xAPI), o prueba la conexión</translation>
        </message>
        <message>
            <source>write a first draft of a question bank from a plain text</source>
            <translation>escribe un primer borrador de un banco de preguntas a partir de un texto sencillo</translation>
        </message>
        <message>
            <source>convert questions to and from Moodle XML, GIFT, Aiken, CSV and Anki</source>
            <translation>convierte preguntas desde y hacia Moodle XML, GIFT, Aiken, CSV y Anki</translation>
        </message>
        <message>
            <source>Convert a question file. The formats come from the file names unless --from/--to say otherwise. Exit status: 0 when questions were written, 1 when nothing could be converted. See docs/converting.md.</source>
            <translation>Convierte un archivo de preguntas. Los formatos salen de los nombres de archivo, salvo que --from/--to digan otra cosa. Código de salida: 0 si se escribieron preguntas, 1 si no se pudo convertir nada. Ver docs/converting.md.</translation>
        </message>
        <message>
            <source>formats:</source>
            <translation>formatos:</translation>
        </message>
        <message>
            <source>the file to read</source>
            <translation>el archivo que se lee</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>el archivo que se escribe</translation>
        </message>
        <message>
            <source>the format of SRC, when its name does not say (formats below)</source>
            <translation>el formato de SRC, cuando su nombre no lo dice (formatos abajo)</translation>
        </message>
        <message>
            <source>the format of DEST, when its name does not say</source>
            <translation>el formato de DEST, cuando su nombre no lo dice</translation>
        </message>
        <message>
            <source>PDF: add the answer key at the end</source>
            <translation>PDF: añade las soluciones al final</translation>
        </message>
        <message>
            <source>replace DEST if it exists</source>
            <translation>reemplaza DEST si ya existe</translation>
        </message>
        <message>
            <source>Read a UTF-8 text and write a bank of draft questions next to it, each quoting the sentence it comes from and tagged `draft` for you to check. Exit status: 0 when the draft was written, 1 when it was not.</source>
            <translation>Lee un texto UTF-8 y escribe a su lado un banco de preguntas en borrador; cada una cita la frase de la que sale y lleva la etiqueta `draft` para que la revises. Código de salida: 0 si se escribió el borrador, 1 si no.</translation>
        </message>
        <message>
            <source>the source text (UTF-8)</source>
            <translation>el texto de partida (UTF-8)</translation>
        </message>
        <message>
            <source>where to write the bank (default: TEXT.draft.yaml next to the text); it must be in the text's folder or a folder above it</source>
            <translation>dónde escribir el banco de preguntas (por defecto: TEXT.draft.yaml junto al texto); debe estar en la carpeta del texto o en una superior</translation>
        </message>
        <message>
            <source>how many questions (default: 3 a passage)</source>
            <translation>cuántas preguntas (por defecto: 3 por pasaje)</translation>
        </message>
        <message>
            <source>the text's language (only en so far)</source>
            <translation>el idioma del texto (por ahora solo en)</translation>
        </message>
        <message>
            <source>another number picks other distractors</source>
            <translation>otro número elige otros distractores</translation>
        </message>
        <message>
            <source>replace an existing BANK.yaml</source>
            <translation>reemplaza un BANK.yaml que ya exista</translation>
        </message>
        <message>
            <source>write attempts and answers for a teacher (CSV or JSON)</source>
            <translation>escribe intentos y respuestas para el docente (CSV o JSON)</translation>
        </message>
        <message>
            <source>Write every attempt and answer of a learner (or of every learner, with --all), with bank titles and question prompts, as CSV for a spreadsheet or as JSON.</source>
            <translation>Escribe cada intento y cada respuesta de un estudiante (o de todos, con --all), con los títulos de los bancos y los enunciados de las preguntas, en CSV para una hoja de cálculo o en JSON.</translation>
        </message>
        <message>
            <source>the learner's name (any case)</source>
            <translation>el nombre del estudiante (da igual mayúsculas o minúsculas)</translation>
        </message>
        <message>
            <source>every learner on this machine</source>
            <translation>todos los estudiantes de este ordenador</translation>
        </message>
        <message>
            <source>csv or json (default: from the --out file's extension, else csv)</source>
            <translation>csv o json (por defecto: según la extensión del archivo de --out; si no, csv)</translation>
        </message>
        <message>
            <source>write to FILE, replacing it atomically (default: standard output)</source>
            <translation>escribe en FILE, reemplazándolo de una sola vez (por defecto: la salida estándar)</translation>
        </message>
        <message>
            <source>folders</source>
            <translation>carpetas</translation>
        </message>
        <message>
            <source>where progress is kept (default: $QUIZAPP_DATA_DIR, portable mode's data/, or the user data folder)</source>
            <translation>dónde se guarda el progreso (por defecto: $QUIZAPP_DATA_DIR, data/ en modo portátil, o la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>where parsed banks are cached (default: $QUIZAPP_CACHE_DIR, portable mode's data/cache/, or the user cache)</source>
            <translation>dónde se guardan en caché los bancos ya leídos (por defecto: $QUIZAPP_CACHE_DIR, data/cache/ en modo portátil, o la caché del usuario)</translation>
        </message>
        <message>
            <source>also look for banks here (repeatable; also $QUIZAPP_BANK_PATH)</source>
            <translation>busca bancos de preguntas también aquí (se puede repetir; también $QUIZAPP_BANK_PATH)</translation>
        </message>
        <message>
            <source>Talk to a Learning Record Store (xAPI 1.0.3). The endpoint and credentials come from the options, else the preset's `lrs:`, else QUIZAPP_LRS_ENDPOINT, QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (prefer the variables: options show in the process list).</source>
            <translation>Habla con un Learning Record Store (xAPI 1.0.3). El endpoint y las credenciales salen de las opciones; si no, del `lrs:` de la plantilla; si no, de QUIZAPP_LRS_ENDPOINT, QUIZAPP_LRS_KEY y QUIZAPP_LRS_SECRET (mejor las variables: las opciones se ven en la lista de procesos).</translation>
        </message>
        <message>
            <source>send or check</source>
            <translation>send (enviar) o check (comprobar)</translation>
        </message>
        <message>
            <source>send every attempt in RESULTS_DIR (again is harmless)</source>
            <translation>envía cada intento de RESULTS_DIR (repetirlo no hace daño)</translation>
        </message>
        <message>
            <source>Send every results file in RESULTS_DIR as xAPI statements. Statements already in the LRS are not stored again, so it is safe to run as often as you like. Exit status: 0 when everything is in the LRS, 1 otherwise.</source>
            <translation>Envía cada archivo de resultados de RESULTS_DIR como declaraciones xAPI. Las declaraciones que ya están en el LRS no se guardan otra vez, así que puedes ejecutarlo tantas veces como quieras. Código de salida: 0 si todo está en el LRS, 1 si no.</translation>
        </message>
        <message>
            <source>the folder of results files</source>
            <translation>la carpeta de archivos de resultados</translation>
        </message>
        <message>
            <source>test the endpoint and the key and secret</source>
            <translation>prueba el endpoint, la clave y el secreto</translation>
        </message>
        <message>
            <source>Ask the LRS whether it answers and accepts the key. Exit status 0 or 1.</source>
            <translation>Pregunta al LRS si responde y acepta la clave. Código de salida 0 o 1.</translation>
        </message>
        <message>
            <source>the LRS's xAPI endpoint root</source>
            <translation>la raíz del endpoint xAPI del LRS</translation>
        </message>
        <message>
            <source>the LRS key (default: $QUIZAPP_LRS_KEY)</source>
            <translation>la clave del LRS (por defecto: $QUIZAPP_LRS_KEY)</translation>
        </message>
        <message>
            <source>the LRS secret (default: $QUIZAPP_LRS_SECRET)</source>
            <translation>el secreto del LRS (por defecto: $QUIZAPP_LRS_SECRET)</translation>
        </message>
        <message>
            <source>the preset whose `lrs:` to use (default: the one the results name, if it is here)</source>
            <translation>la plantilla cuyo `lrs:` se usa (por defecto: la que nombran los resultados, si está aquí)</translation>
        </message>
        <message>
            <source>the school's web address for learners' accounts</source>
            <translation>la dirección web del centro para las cuentas de los estudiantes</translation>
        </message>
        <message>
            <source>merge a classroom results folder into a report for the browser</source>
            <translation>combina una carpeta de resultados de clase en un informe para el navegador</translation>
        </message>
        <message>
            <source>Merge the results files in RESULTS_DIR (and its subfolders) into one report: per learner, per question (facility, discrimination, time), flagged questions and charts. Copies of the same attempt count once; unreadable files are listed. Exit status: 0, or 1 when RESULTS_DIR is not a folder or the report cannot be written.</source>
            <translation>Combina los archivos de resultados de RESULTS_DIR (y sus subcarpetas) en un informe: por estudiante, por pregunta (facilidad, discriminación, tiempo), preguntas señaladas y gráficos. Las copias de un mismo intento cuentan una vez; los archivos ilegibles se enumeran. Código de salida: 0, o 1 si RESULTS_DIR no es una carpeta o no se puede escribir el informe.</translation>
        </message>
        <message>
            <source>where to write the HTML report (default: report.html in the current folder)</source>
            <translation>dónde escribir el informe HTML (por defecto: report.html en la carpeta actual)</translation>
        </message>
        <message>
            <source>also write the learner and question tables as CSV</source>
            <translation>escribe también las tablas de estudiantes y de preguntas en CSV</translation>
        </message>
        <message>
            <source>check question banks and report every mistake</source>
            <translation>comprueba bancos de preguntas e informa de cada error</translation>
        </message>
        <message>
            <source>Check bank files and classroom presets (*.preset.yaml). With no PATH, every bank on the search path. Exit status: 0 when there are no errors, 1 when there are.</source>
            <translation>Comprueba bancos de preguntas y plantillas de clase (*.preset.yaml). Sin PATH, todos los bancos de la ruta de búsqueda. Código de salida: 0 si no hay errores, 1 si los hay.</translation>
        </message>
        <message>
            <source>bank files, classroom presets (*.preset.yaml), or folders holding them</source>
            <translation>bancos de preguntas, plantillas (*.preset.yaml) o carpetas que los contienen</translation>
        </message>
        <message>
            <source>treat warnings as errors</source>
            <translation>trata los avisos como errores</translation>
        </message>
        <message>
            <source>text: one file:line:col: message a line (default); json: the same, for tools</source>
            <translation>text: un mensaje archivo:línea:columna: mensaje por línea (por defecto); json: lo mismo, para herramientas</translation>
        </message>
        <message>
            <source>also list the passages of each bank's source text that no question cites</source>
            <translation>enumera también los pasajes del texto de partida de cada banco que ninguna pregunta cita</translation>
        </message>
        <message>
            <source>our question bank (.yaml, .yml)</source>
            <translation>nuestro banco de preguntas (.yaml, .yml)</translation>
        </message>
        <message>
            <source>Moodle XML (.xml)</source>
            <translation>Moodle XML (.xml)</translation>
        </message>
        <message>
            <source>GIFT (.gift, .gift.txt)</source>
            <translation>GIFT (.gift, .gift.txt)</translation>
        </message>
        <message>
            <source>Aiken (--from aiken; any .txt)</source>
            <translation>Aiken (--from aiken; cualquier .txt)</translation>
        </message>
        <message>
            <source>CSV, one question per row (.csv)</source>
            <translation>CSV, una pregunta por fila (.csv)</translation>
        </message>
        <message>
            <source>Anki notes as text (.txt with #separator / #html headers)</source>
            <translation>notas de Anki como texto (.txt con cabeceras #separator / #html)</translation>
        </message>
        <message>
            <source>Anki package (.apkg)</source>
            <translation>paquete de Anki (.apkg)</translation>
        </message>
        <message>
            <source>a printable exam (.pdf, export only)</source>
            <translation>un examen para imprimir (.pdf, solo exportar)</translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>a quizapp bank</source>
            <translation>banco de preguntas de quizapp</translation>
        </message>
        <message>
            <source>Anki notes</source>
            <translation>notas de Anki</translation>
        </message>
        <message>
            <source>an Anki package</source>
            <translation>paquete de Anki</translation>
        </message>
        <message>
            <source>a printable exam</source>
            <translation>examen para imprimir</translation>
        </message>
        <message>
            <source>cannot tell the format from the name; add --from FORMAT (one of {formats}; a .txt is Aiken with --from aiken)</source>
            <translation>el nombre no dice el formato; añade --from FORMAT (uno de {formats}; un .txt es Aiken con --from aiken)</translation>
        </message>
        <message>
            <source>cannot tell the format from the name; add --to FORMAT (one of {formats})</source>
            <translation>el nombre no dice el formato; añade --to FORMAT (uno de {formats})</translation>
        </message>
        <message>
            <source>cannot write: {why}</source>
            <translation>no se puede escribir: {why}</translation>
        </message>
        <message>
            <source>read as {encoding}</source>
            <translation>leído como {encoding}</translation>
        </message>
        <message>
            <source>image extracted</source>
            <translation>imagen extraída</translation>
        </message>
        <message>
            <source>{file}: nothing could be converted</source>
            <translation>{file}: no se pudo convertir nada</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n question(s) written as {format}</source>
            <translation>
                <numerusform>{file}: %n pregunta escrita como {format}</numerusform>
                <numerusform>{file}: %n preguntas escritas como {format}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left for the quiz</source>
            <translation>Tiempo restante del cuestionario</translation>
        </message>
        <message>
            <source>Time left for the question</source>
            <translation>Tiempo restante de la pregunta</translation>
        </message>
        <message>
            <source>Quiz time label</source>
            <translation>Etiqueta del tiempo del cuestionario</translation>
        </message>
        <message>
            <source>Question time label</source>
            <translation>Etiqueta del tiempo de la pregunta</translation>
        </message>
        <message>
            <source>Quiz time warning</source>
            <translation>Aviso de tiempo del cuestionario</translation>
        </message>
        <message>
            <source>Question time warning</source>
            <translation>Aviso de tiempo de la pregunta</translation>
        </message>
        <message>
            <source>Says when one minute and ten seconds are left</source>
            <translation>Avisa cuando queda un minuto y cuando quedan diez segundos</translation>
        </message>
        <message>
            <source>One minute left for the quiz.</source>
            <translation>Queda un minuto para el cuestionario.</translation>
        </message>
        <message>
            <source>Ten seconds left for the quiz.</source>
            <translation>Quedan diez segundos para el cuestionario.</translation>
        </message>
        <message>
            <source>One minute left for the question.</source>
            <translation>Queda un minuto para la pregunta.</translation>
        </message>
        <message>
            <source>Ten seconds left for the question.</source>
            <translation>Quedan diez segundos para la pregunta.</translation>
        </message>
    </context>
    <context>
        <name>DraftCommand</name>
        <message numerus="yes">
            <source>{file}: wrote %n draft question(s) citing {covered} of {passages} passages. Read each against the text, then run `quizapp validate {file} --coverage`.</source>
            <translation>
                <numerusform>{file}: se escribió %n pregunta en borrador que cita {covered} de {passages} pasajes. Léela junto al texto y luego ejecuta `quizapp validate {file} --coverage`.</numerusform>
                <numerusform>{file}: se escribieron %n preguntas en borrador que citan {covered} de {passages} pasajes. Lee cada una junto al texto y luego ejecuta `quizapp validate {file} --coverage`.</numerusform>
            </translation>
        </message>
        <message>
            <source>there are no drafting rules for the language '{language}' yet; use {languages}</source>
            <translation>todavía no hay reglas de borrador para el idioma '{language}'; usa {languages}</translation>
        </message>
        <message>
            <source>--questions must be 1 or more</source>
            <translation>--questions debe ser 1 o más</translation>
        </message>
        <message>
            <source>the file exists; pass --force to replace it, or --out</source>
            <translation>el archivo ya existe; usa --force para reemplazarlo, o --out</translation>
        </message>
        <message>
            <source>this is not a regular file; choose another --out</source>
            <translation>no es un archivo normal; elige otro --out</translation>
        </message>
        <message>
            <source>found nothing to ask about in this text</source>
            <translation>no se encontró nada que preguntar en este texto</translation>
        </message>
        <message>
            <source>cannot write the bank: {why}</source>
            <translation>no se puede escribir el banco de preguntas: {why}</translation>
        </message>
        <message>
            <source>the draft does not pass the checker:</source>
            <translation>el borrador no pasa la comprobación:</translation>
        </message>
        <message>
            <source>a bank can only quote a text in its own folder or below; write it into {folder} or a folder above it</source>
            <translation>un banco de preguntas solo puede citar un texto de su propia carpeta o de una inferior; escríbelo en {folder} o en una carpeta superior</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
        <message>
            <source>Draft a bank from a text</source>
            <translation>Crear un borrador de banco de preguntas a partir de un texto</translation>
        </message>
        <message>
            <source>Read each draft question against its highlighted quote; untick the ones to drop.</source>
            <translation>Comprueba cada borrador de pregunta con su cita resaltada; desmarca los que quieras descartar.</translation>
        </message>
        <message>
            <source>Draft summary</source>
            <translation>Resumen del borrador</translation>
        </message>
        <message>
            <source>Draft questions</source>
            <translation>Borradores de preguntas</translation>
        </message>
        <message>
            <source>Each draft question; the box says whether it is kept. Space ticks or unticks it.</source>
            <translation>Cada borrador de pregunta; la casilla indica si se conserva. La barra espaciadora la marca o desmarca.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Texto de origen</translation>
        </message>
        <message>
            <source>The text; the chosen question's quote is highlighted</source>
            <translation>El texto; la cita de la pregunta elegida está resaltada</translation>
        </message>
        <message>
            <source>Choose a text… ({key})</source>
            <translation>Elegir un texto… ({key})</translation>
        </message>
        <message>
            <source>Pick another .txt file to draft from</source>
            <translation>Elegir otro archivo .txt para el borrador</translation>
        </message>
        <message>
            <source>Save kept questions ({key})</source>
            <translation>Guardar las preguntas conservadas ({key})</translation>
        </message>
        <message>
            <source>Write the kept questions as a bank into your banks folder</source>
            <translation>Escribir las preguntas conservadas como banco de preguntas en tu carpeta de bancos</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Volver ({key})</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>Salir sin guardar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Texts (*.txt)</source>
            <translation>Textos (*.txt)</translation>
        </message>
        <message>
            <source>Drafting from {name}…</source>
            <translation>Creando el borrador a partir de {name}…</translation>
        </message>
        <message>
            <source>No draft from this text</source>
            <translation>No hay borrador para este texto</translation>
        </message>
        <message>
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Respuesta: {answer}</translation>
        </message>
        <message>
            <source>{draft_questions} from {name}: {kept} kept.</source>
            <translation>{draft_questions} de {name}: {kept} conservados.</translation>
        </message>
        <message>
            <source>Nothing to ask about was found in {name}.</source>
            <translation>No se encontró en {name} nada sobre lo que preguntar.</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Borrador guardado</translation>
        </message>
        <message>
            <source>{name} is in your banks folder ({parent}). Its questions are marked as drafts: check and edit them, then remove the `draft` tags.</source>
            <translation>{name} está en tu carpeta de bancos ({parent}). Sus preguntas están marcadas como borradores: revísalas y edítalas, y después quita las etiquetas `draft`.</translation>
        </message>
        <message>
            <source>The draft cannot be saved</source>
            <translation>No se puede guardar el borrador</translation>
        </message>
    </context>
    <context>
        <name>DraftingPage</name>
        <message>
            <source>Draft a bank from a text</source>
            <translation>Crear un borrador de banco de preguntas a partir de un texto</translation>
        </message>
        <message>
            <source>Texts (*.txt)</source>
            <translation>Textos (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>EndPage</name>
        <message>
            <source>Done: your answers are saved</source>
            <translation>Terminado: tus respuestas están guardadas</translation>
        </message>
        <message>
            <source>Time is up: your answers are saved</source>
            <translation>Se acabó el tiempo: tus respuestas están guardadas</translation>
        </message>
        <message>
            <source>You left the quiz: the answers you gave are saved</source>
            <translation>Has salido del cuestionario: las respuestas que diste están guardadas</translation>
        </message>
        <message>
            <source>Next learner ({key})</source>
            <translation>Siguiente estudiante ({key})</translation>
        </message>
        <message>
            <source>Next learner</source>
            <translation>Siguiente estudiante</translation>
        </message>
        <message>
            <source>Clear the screen for the next learner</source>
            <translation>Dejar la pantalla lista para el siguiente estudiante</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Here is how you did. Press Enter when you are done, for the next learner.</source>
            <translation>Así te ha ido. Pulsa Intro cuando termines, para el siguiente estudiante.</translation>
        </message>
        <message>
            <source>Your teacher will see your results. Press Enter for the next learner.</source>
            <translation>Tu profesor verá tus resultados. Pulsa Intro para el siguiente estudiante.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Sorry, something went wrong inside quizapp. Your answers so far are saved. The details were written to {file}; please pass that file on to whoever looks after quizapp here.</source>
            <translation>Lo sentimos, algo ha fallado en quizapp. Las respuestas dadas hasta ahora están guardadas. Los detalles se han escrito en {file}; por favor, pasa ese archivo a quien se ocupe de quizapp aquí.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>quizapp export: no learner called {name} in {folder}. Learners: {names}.</source>
            <translation>quizapp export: no hay ningún estudiante llamado {name} en {folder}. Estudiantes: {names}.</translation>
        </message>
        <message>
            <source>quizapp export: the progress file {file} is damaged ({reason}). Start quizapp once: it repairs the file from its newest backup.</source>
            <translation>quizapp export: el archivo de progreso {file} está dañado ({reason}). Abre quizapp una vez: repara el archivo a partir de la copia de seguridad más reciente.</translation>
        </message>
        <message>
            <source>quizapp export: cannot write {problem}</source>
            <translation>quizapp export: no se puede escribir {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n learner(s) to {file} ({format}).</source>
            <translation>
                <numerusform>Se escribió %n estudiante en {file} ({format}).</numerusform>
                <numerusform>Se escribieron %n estudiantes en {file} ({format}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Right</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <source>Time ran out</source>
            <translation>Se acabó el tiempo</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Partly right ({score})</source>
            <translation>En parte correcto ({score})</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Incorrecto</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Corrección</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>Correct answer</source>
            <translation>Respuesta correcta</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>From the source text</source>
            <translation>Del texto de origen</translation>
        </message>
        <message>
            <source>Show in text ({key})</source>
            <translation>Ver en el texto ({key})</translation>
        </message>
        <message>
            <source>Show in text</source>
            <translation>Ver en el texto</translation>
        </message>
        <message>
            <source>Open the source text at this passage, highlighted</source>
            <translation>Abrir el texto de origen en este pasaje, resaltado</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>Tu respuesta: {answer}</translation>
        </message>
        <message>
            <source>Correct answer:</source>
            <translation>Respuesta correcta:</translation>
        </message>
        <message>
            <source>From the text: “{source_quote}”</source>
            <translation>Del texto: «{source_quote}»</translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message>
            <source>no results yet</source>
            <translation>aún no hay resultados</translation>
        </message>
        <message>
            <source>en</source>
            <comment>the language code of this translation, for the browser</comment>
            <translation>es</translation>
        </message>
        <message>
            <source>Class report — {titles}</source>
            <translation>Informe de la clase — {titles}</translation>
        </message>
        <message>
            <source>From {folder}, made {when}.</source>
            <translation>De {folder}, generado el {when}.</translation>
        </message>
        <message>
            <source>attempts</source>
            <translation>intentos</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminados</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrumpidos</translation>
        </message>
        <message>
            <source>learners</source>
            <translation>estudiantes</translation>
        </message>
        <message>
            <source>mean score</source>
            <translation>puntuación media</translation>
        </message>
        <message>
            <source>median score</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>{files} read; {duplicates} ignored (copies of an attempt already counted).</source>
            <translation>{files} leídos; {duplicates} sin tener en cuenta (copias de un intento ya contado).</translation>
        </message>
        <message>
            <source>attempt {id} ({learners}): {files}</source>
            <translation>intento {id} ({learners}): {files}</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two file names</comment>
            <translation> y </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies — not counted</source>
            <translation>
                <numerusform>%n intento con copias contradictorias — no contado</numerusform>
                <numerusform>%n intentos con copias contradictorias — no contados</numerusform>
            </translation>
        </message>
        <message>
            <source>These files hold the same attempt with different content. Neither copy is counted: find out which one is real, and remove the other.</source>
            <translation>Estos archivos contienen el mismo intento con contenido distinto. No se cuenta ninguna de las copias: averigua cuál es la auténtica y elimina la otra.</translation>
        </message>
        <message>
            <source>Number of finished attempts per score band of 10%</source>
            <translation>Número de intentos terminados por tramo de puntuación del 10 %</translation>
        </message>
        <message>
            <source>Facility index of each question (mean score)</source>
            <translation>Índice de facilidad de cada pregunta (puntuación media)</translation>
        </message>
        <message>
            <source>(facility {facility}, discrimination {discrimination}, {attempts})</source>
            <translation>(facilidad {facility}, discriminación {discrimination}, {attempts})</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminados</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrumpidos</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Último</translation>
        </message>
        <message>
            <source>Time (last)</source>
            <translation>Tiempo (último)</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Tiempo adicional</translation>
        </message>
        <message>
            <source>Machines</source>
            <translation>Equipos</translation>
        </message>
        <message>
            <source>(no time limit)</source>
            <translation>(sin límite de tiempo)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facilidad</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discriminación</translation>
        </message>
        <message>
            <source>Median time</source>
            <translation>Tiempo mediano</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>The mean score on the question: 100% means everyone got it right. Flagged &lt;i&gt;too easy&lt;/i&gt; above {easy}% and &lt;i&gt;too hard&lt;/i&gt; below {hard}%.</source>
            <translation>La puntuación media en la pregunta: 100 % significa que todos la acertaron. Se señala como &lt;i&gt;demasiado fácil&lt;/i&gt; por encima del {easy} % y como &lt;i&gt;demasiado difícil&lt;/i&gt; por debajo del {hard} %.</translation>
        </message>
        <message>
            <source>How well the question separates learners who did well on the rest of the quiz from those who did not: the correlation (−1 to 1) between the score on this question and the score on all the other questions of the same attempt, as Moodle computes it. Above 0.3 is good; near 0 tells little; below 0 is flagged — check the answer key and the wording. Blank when fewer than two attempts asked it, or when everyone scored the same.</source>
            <translation>En qué medida la pregunta distingue a los estudiantes a los que les fue bien en el resto del cuestionario de los demás: la correlación (de −1 a 1) entre la puntuación en esta pregunta y la puntuación en todas las demás preguntas del mismo intento, calculada como en Moodle. Por encima de 0,3 es buena; cerca de 0 dice poco; por debajo de 0 se señala: revisa la respuesta correcta y la redacción. Queda en blanco si menos de dos intentos incluyeron la pregunta o si todos obtuvieron la misma puntuación.</translation>
        </message>
        <message>
            <source>Few attempts</source>
            <translation>Pocos intentos</translation>
        </message>
        <message>
            <source>With fewer than about ten attempts at a question, its numbers can swing a lot from one learner to the next: read flags on such questions as hints, not verdicts.</source>
            <translation>Con menos de unos diez intentos en una pregunta, sus cifras pueden variar mucho de un estudiante a otro: toma las señales en esas preguntas como indicios, no como veredictos.</translation>
        </message>
        <message>
            <source>Attempts that were left, or stopped by a crash or a machine turned off. They count for the learner but not in the question numbers.</source>
            <translation>Intentos abandonados o detenidos por un fallo o un equipo apagado. Cuentan para el estudiante, pero no en las cifras de las preguntas.</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, línea {line}</translation>
        </message>
    </context>
    <context>
        <name>LearnersPage</name>
        <message>
            <source>Who are you?</source>
            <translation>¿Quién eres?</translation>
        </message>
        <message>
            <source>Pick your name and press Enter, or add yourself. Your progress is kept on this computer.</source>
            <translation>Elige tu nombre y pulsa Intro, o añádete. Tu progreso se guarda en este equipo.</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Everyone who uses quizapp here; Enter continues as the selected learner</source>
            <translation>Todas las personas que usan quizapp aquí; Intro continúa como el estudiante elegido</translation>
        </message>
        <message>
            <source>Learners heading</source>
            <translation>Encabezado de estudiantes</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>New learner's name</source>
            <translation>Nombre del nuevo estudiante</translation>
        </message>
        <message>
            <source>Type a name and press Enter to add a learner</source>
            <translation>Escribe un nombre y pulsa Intro para añadir un estudiante</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Añadir estudiante</translation>
        </message>
        <message>
            <source>Add a learner with the name typed</source>
            <translation>Añadir un estudiante con el nombre escrito</translation>
        </message>
        <message>
            <source>Selected learner</source>
            <translation>Estudiante elegido</translation>
        </message>
        <message>
            <source>Continue ({key})</source>
            <translation>Continuar ({key})</translation>
        </message>
        <message>
            <source>Go to the library as this learner</source>
            <translation>Ir a la biblioteca como este estudiante</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Cuestionario sin terminar</translation>
        </message>
        <message>
            <source>Resume quiz ({key})</source>
            <translation>Reanudar el cuestionario ({key})</translation>
        </message>
        <message>
            <source>Continue the unfinished quiz where it stopped</source>
            <translation>Seguir con el cuestionario sin terminar donde se quedó</translation>
        </message>
        <message>
            <source>Resume quiz</source>
            <translation>Reanudar el cuestionario</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Descartarlo</translation>
        </message>
        <message>
            <source>End the unfinished quiz; the answers given so far are kept</source>
            <translation>Terminar el cuestionario pendiente; las respuestas dadas hasta ahora se conservan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings heading</source>
            <translation>Encabezado de ajustes</translation>
        </message>
        <message>
            <source>Extra time factor</source>
            <translation>Factor de tiempo adicional</translation>
        </message>
        <message>
            <source>1 means no extra time; 1.5 gives half as much time again on every limit</source>
            <translation>1 significa sin tiempo adicional; 1,5 añade la mitad del tiempo a cada límite</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Tamaño de letra</translation>
        </message>
        <message>
            <source>Text size for this learner; Ctrl+plus and Ctrl+minus change it too</source>
            <translation>Tamaño del texto para este estudiante; Ctrl+más y Ctrl+menos también lo cambian</translation>
        </message>
        <message>
            <source>E&amp;xtra time:</source>
            <translation>Tiempo &amp;adicional:</translation>
        </message>
        <message>
            <source>&amp;Font size:</source>
            <translation>Tamaño de &amp;letra:</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation>Idioma del equipo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language quizapp speaks to this learner; the computer's by default</source>
            <translation>El idioma en que quizapp se dirige a este estudiante; por defecto, el del equipo</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar ajustes</translation>
        </message>
        <message>
            <source>Keep these settings for this learner</source>
            <translation>Guardar estos ajustes para este estudiante</translation>
        </message>
        <message>
            <source>Delete learner…</source>
            <translation>Eliminar estudiante…</translation>
        </message>
        <message>
            <source>Delete this learner and all their progress, after asking</source>
            <translation>Eliminar a este estudiante y todo su progreso, tras confirmar</translation>
        </message>
        <message>
            <source>Add yourself to begin</source>
            <translation>Añádete para empezar</translation>
        </message>
        <message>
            <source>No learner yet</source>
            <translation>Todavía no hay estudiantes</translation>
        </message>
        <message>
            <source>You have an unfinished {mode} quiz on {banks}: {answers} so far, saved {saved}.</source>
            <translation>Tienes un cuestionario de {mode} sin terminar sobre {banks}: {answers} hasta ahora, guardado el {saved}.</translation>
        </message>
        <message>
            <source>a quiz</source>
            <translation>un cuestionario</translation>
        </message>
        <message>
            <source>The banks are still loading…</source>
            <translation>Los bancos de preguntas aún se están cargando…</translation>
        </message>
        <message>
            <source>Cannot add this learner</source>
            <translation>No se puede añadir a este estudiante</translation>
        </message>
        <message>
            <source>Cannot save the settings</source>
            <translation>No se pueden guardar los ajustes</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Ajustes guardados</translation>
        </message>
        <message>
            <source>The settings for {name} are saved.</source>
            <translation>Los ajustes de {name} se han guardado.</translation>
        </message>
        <message>
            <source>Delete learner</source>
            <translation>Eliminar estudiante</translation>
        </message>
        <message>
            <source>Delete {name} and all their progress? This cannot be undone.</source>
            <translation>¿Eliminar a {name} y todo su progreso? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Cannot delete this learner</source>
            <translation>No se puede eliminar a este estudiante</translation>
        </message>
        <message>
            <source>Cannot discard the quiz</source>
            <translation>No se puede descartar el cuestionario</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Last score</source>
            <translation>Última puntuación</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Loading the banks…</source>
            <translation>Cargando los bancos de preguntas…</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Cuestionario sin terminar</translation>
        </message>
        <message>
            <source>Resume ({key})</source>
            <translation>Reanudar ({key})</translation>
        </message>
        <message>
            <source>Continue the unfinished quiz where it stopped</source>
            <translation>Seguir con el cuestionario sin terminar donde se quedó</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Loading the banks</source>
            <translation>Cargando los bancos de preguntas</translation>
        </message>
        <message>
            <source>Question banks</source>
            <translation>Bancos de preguntas</translation>
        </message>
        <message>
            <source>Every bank found; Enter sets up a quiz on the selected one</source>
            <translation>Todos los bancos encontrados; Intro prepara un cuestionario del elegido</translation>
        </message>
        <message>
            <source>Bank title</source>
            <translation>Título del banco de preguntas</translation>
        </message>
        <message>
            <source>About this bank</source>
            <translation>Sobre este banco de preguntas</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>Archivo del banco de preguntas</translation>
        </message>
        <message>
            <source>Problems in this bank</source>
            <translation>Problemas en este banco de preguntas</translation>
        </message>
        <message>
            <source>Each problem as file:line:column: message</source>
            <translation>Cada problema como archivo:línea:columna: mensaje</translation>
        </message>
        <message>
            <source>Set up a quiz ({key})</source>
            <translation>Preparar un cuestionario ({key})</translation>
        </message>
        <message>
            <source>Choose mode, size and time for a quiz on this bank</source>
            <translation>Elegir modo, número de preguntas y tiempo para un cuestionario de este banco</translation>
        </message>
        <message>
            <source>Set up a quiz</source>
            <translation>Preparar un cuestionario</translation>
        </message>
        <message>
            <source>Quick practice ({key})</source>
            <translation>Práctica rápida ({key})</translation>
        </message>
        <message>
            <source>Start a 10-question practice quiz now</source>
            <translation>Empezar ya un cuestionario de práctica de 10 preguntas</translation>
        </message>
        <message>
            <source>Quick practice</source>
            <translation>Práctica rápida</translation>
        </message>
        <message>
            <source>Read the text ({key})</source>
            <translation>Leer el texto ({key})</translation>
        </message>
        <message>
            <source>Open the text the questions are built from</source>
            <translation>Abrir el texto en el que se basan las preguntas</translation>
        </message>
        <message>
            <source>Read the text</source>
            <translation>Leer el texto</translation>
        </message>
        <message>
            <source>{banks}, {questions}. Pick a bank and press Enter to set up a quiz.</source>
            <translation>{banks}, {questions}. Elige un banco de preguntas y pulsa Intro para preparar un cuestionario.</translation>
        </message>
        <message>
            <source>{title} (not loaded)</source>
            <translation>{title} (no cargado)</translation>
        </message>
        <message>
            <source>same id as another bank</source>
            <translation>mismo id que otro banco de preguntas</translation>
        </message>
        <message>
            <source>Open the bank to see each problem</source>
            <translation>Abrir el banco de preguntas para ver cada problema</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no tags</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{questions} · tags: {tags}</source>
            <translation>{questions} · etiquetas: {tags}</translation>
        </message>
        <message>
            <source>Source: {title}</source>
            <translation>Fuente: {title}</translation>
        </message>
        <message>
            <source>{problems}; {questions} left out:</source>
            <translation>{problems}; {questions} omitidas:</translation>
        </message>
        <message>
            <source>{problems}:</source>
            <translation>{problems}:</translation>
        </message>
    </context>
    <context>
        <name>LrsCommand</name>
        <message>
            <source>{folder} is not a folder; give the folder the results were collected in.</source>
            <translation>{folder} no es una carpeta; indica la carpeta en la que se recogieron los resultados.</translation>
        </message>
        <message>
            <source>{folder} does not exist; give the folder the results were collected in.</source>
            <translation>{folder} no existe; indica la carpeta en la que se recogieron los resultados.</translation>
        </message>
        <message numerus="yes">
            <source>{attempts} sent: %n statement(s) stored, {already} already there.</source>
            <translation>
                <numerusform>{attempts} enviados: %n declaración guardada, {already} ya estaban.</numerusform>
                <numerusform>{attempts} enviados: %n declaraciones guardadas, {already} ya estaban.</numerusform>
            </translation>
        </message>
        <message>
            <source>not sent (cannot be read): {file}</source>
            <translation>no enviado (no se puede leer): {file}</translation>
        </message>
        <message>
            <source>{problem} Run `quizapp lrs send` again to send the rest.</source>
            <translation>{problem} Vuelve a ejecutar `quizapp lrs send` para enviar el resto.</translation>
        </message>
        <message>
            <source>the preset cannot be used ({problems})</source>
            <translation>no se puede usar la plantilla ({problems})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Current learner</source>
            <translation>Estudiante actual</translation>
        </message>
        <message>
            <source>Library ({key})</source>
            <translation>Biblioteca ({key})</translation>
        </message>
        <message>
            <source>Go to the library of banks</source>
            <translation>Ir a la biblioteca de bancos de preguntas</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Progress ({key})</source>
            <translation>Progreso ({key})</translation>
        </message>
        <message>
            <source>Charts and history of your quizzes</source>
            <translation>Gráficos e historial de tus cuestionarios</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Cambiar de estudiante</translation>
        </message>
        <message>
            <source>Go back to choose who you are ({key})</source>
            <translation>Volver para elegir quién eres ({key})</translation>
        </message>
        <message>
            <source>Smaller text ({key})</source>
            <translation>Texto más pequeño ({key})</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Bigger text ({key})</source>
            <translation>Texto más grande ({key})</translation>
        </message>
        <message>
            <source>Bigger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Keys ({key})</source>
            <translation>Teclas ({key})</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>Ver todos los atajos de teclado</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Teacher…</source>
            <translation>Docente…</translation>
        </message>
        <message>
            <source>Open a classroom preset, or the class report</source>
            <translation>Abrir una plantilla de aula o el informe de la clase</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Open classroom preset…</source>
            <translation>Abrir plantilla de aula…</translation>
        </message>
        <message>
            <source>Class report…</source>
            <translation>Informe de la clase…</translation>
        </message>
        <message>
            <source>Draft a bank from a text…</source>
            <translation>Crear un borrador de banco de preguntas a partir de un texto…</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>The banks could not be loaded</source>
            <translation>No se pudieron cargar los bancos de preguntas</translation>
        </message>
        <message>
            <source>Progress cannot be shown</source>
            <translation>No se puede mostrar el progreso</translation>
        </message>
        <message>
            <source>Open a classroom preset</source>
            <translation>Abrir una plantilla de aula</translation>
        </message>
        <message>
            <source>Classroom presets ({patterns})</source>
            <translation>Plantillas de aula ({patterns})</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>The banks are still loading. Try again in a moment.</source>
            <translation>Los bancos de preguntas aún se están cargando. Vuelve a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <source>Answers not saved</source>
            <translation>Respuestas sin guardar</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) could not be saved yet. {problem}

Quit anyway? They will be written to a separate file, and you will be told where.</source>
            <translation>
                <numerusform>Todavía no se ha podido guardar %n respuesta. {problem}

¿Salir de todos modos? Se escribirá en un archivo aparte y se te dirá dónde.</numerusform>
                <numerusform>Todavía no se han podido guardar %n respuestas. {problem}

¿Salir de todos modos? Se escribirán en un archivo aparte y se te dirá dónde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchWidget</name>
        <message>
            <source>Choose…</source>
            <translation>Elige…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Pareja de: {left}</translation>
        </message>
        <message>
            <source>Choose what goes with item {n}; press {n} to get here</source>
            <translation>Elige lo que corresponde al elemento {n}; pulsa {n} para llegar aquí</translation>
        </message>
        <message>
            <source>Choose what goes with item {n}</source>
            <translation>Elige lo que corresponde al elemento {n}</translation>
        </message>
        <message>
            <source>1–9 go to an item, ↑/↓ choose its match</source>
            <translation>1–9 va a un elemento, ↑/↓ elige su pareja</translation>
        </message>
        <message>
            <source>Pairs to match</source>
            <translation>Parejas por emparejar</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <source>Type your name</source>
            <translation>Escribe tu nombre</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Type your name, or the start of it to pick your profile, and press Enter</source>
            <translation>Escribe tu nombre, o su comienzo para elegir tu perfil, y pulsa Intro</translation>
        </message>
        <message>
            <source>Start ({key})</source>
            <translation>Empezar ({key})</translation>
        </message>
        <message>
            <source>Start the quiz with this name</source>
            <translation>Empezar el cuestionario con este nombre</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Tu &amp;nombre:</translation>
        </message>
        <message>
            <source>Why the quiz cannot start</source>
            <translation>Por qué no puede empezar el cuestionario</translation>
        </message>
        <message>
            <source>Checking your earlier results…</source>
            <translation>Comprobando tus resultados anteriores…</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Espera, por favor</translation>
        </message>
        <message>
            <source>Type your name first, then press Enter.</source>
            <translation>Escribe primero tu nombre y después pulsa Intro.</translation>
        </message>
    </context>
    <context>
        <name>OrderWidget</name>
        <message>
            <source>Items to put in order</source>
            <translation>Elementos por ordenar</translation>
        </message>
        <message>
            <source>Put the items in the right order, first at the top: select one and press Alt+Up or Alt+Down to move it, or drag it</source>
            <translation>Pon los elementos en el orden correcto, el primero arriba: elige uno y pulsa Alt+Arriba o Alt+Abajo para moverlo, o arrástralo</translation>
        </message>
        <message>
            <source>Move up ({key})</source>
            <translation>Subir ({key})</translation>
        </message>
        <message>
            <source>Move down ({key})</source>
            <translation>Bajar ({key})</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the selected item one place up</source>
            <translation>Subir un puesto el elemento elegido</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the selected item one place down</source>
            <translation>Bajar un puesto el elemento elegido</translation>
        </message>
        <message>
            <source>1–9 select an item, Alt+↑/↓ move it</source>
            <translation>1–9 elige un elemento, Alt+↑/↓ lo mueve</translation>
        </message>
    </context>
    <context>
        <name>OutboxLine</name>
        <message>
            <source>Results waiting to be delivered</source>
            <translation>Resultados pendientes de entrega</translation>
        </message>
        <message>
            <source>Why they wait</source>
            <translation>Por qué están pendientes</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Deliver the waiting results to the results folder now</source>
            <translation>Entregar ahora los resultados pendientes en la carpeta de resultados</translation>
        </message>
        <message>
            <source>Show the list…</source>
            <translation>Ver la lista…</translation>
        </message>
        <message>
            <source>List the results that wait on this computer</source>
            <translation>Ver los resultados pendientes en este equipo</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting to be delivered.</source>
            <translation>
                <numerusform>%n resultado pendiente de entrega.</numerusform>
                <numerusform>%n resultados pendientes de entrega.</numerusform>
            </translation>
        </message>
        <message>
            <source>No results folder.</source>
            <translation>No hay carpeta de resultados.</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there (yet). Results will wait on this computer and be delivered when it is.</source>
            <translation>La carpeta de resultados {folder} no está (todavía). Los resultados esperarán en este equipo y se entregarán cuando esté.</translation>
        </message>
        <message>
            <source>Results waiting for the LRS.</source>
            <translation>Resultados pendientes de envío al LRS.</translation>
        </message>
        <message>
            <source>interrupted {when}</source>
            <translation>interrumpido {when}</translation>
        </message>
        <message>
            <source>finished {when}</source>
            <translation>terminado {when}</translation>
        </message>
        <message>
            <source>(kept in memory only: the outbox cannot be written)</source>
            <translation>(solo en memoria: no se puede escribir la bandeja de salida)</translation>
        </message>
        <message>
            <source>For: {folders}</source>
            <translation>Para: {folders}</translation>
        </message>
        <message>
            <source>Nothing is waiting.</source>
            <translation>No hay nada pendiente.</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Page title</source>
            <translation>Título de la página</translation>
        </message>
        <message>
            <source>Page description</source>
            <translation>Descripción de la página</translation>
        </message>
    </context>
    <context>
        <name>PrintedExam</name>
        <message>
            <source>%1 · page %2 of %3</source>
            <translation>%1 · página %2 de %3</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 puntos</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Respuesta:</translation>
        </message>
        <message>
            <source>Number the items from 1 (first) to %1 (last).</source>
            <translation>Numera los elementos del 1 (primero) al %1 (último).</translation>
        </message>
        <message>
            <source>Tick one answer.</source>
            <translation>Marca una respuesta.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>Marca todas las respuestas correctas.</translation>
        </message>
        <message>
            <source>Tick true or false.</source>
            <translation>Marca verdadero o falso.</translation>
        </message>
        <message>
            <source>Write your answer on the line.</source>
            <translation>Escribe tu respuesta en la línea.</translation>
        </message>
        <message>
            <source>Write a number.</source>
            <translation>Escribe un número.</translation>
        </message>
        <message>
            <source>Write the letter of the matching item in each box.</source>
            <translation>Escribe en cada casilla la letra del elemento que le corresponde.</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>Soluciones</translation>
        </message>
        <message>
            <source>source: %1</source>
            <translation>fuente: %1</translation>
        </message>
        <message>
            <source>(also accepted: %1)</source>
            <translation>(también se acepta: %1)</translation>
        </message>
        <message>
            <source>From the top: %1</source>
            <translation>De arriba abajo: %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Por qué: %1</translation>
        </message>
        <message>
            <source>Source: “%1”</source>
            <translation>Fuente: «%1»</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Reading your progress</source>
            <translation>Leyendo tu progreso</translation>
        </message>
        <message>
            <source>Progress views</source>
            <translation>Vistas del progreso</translation>
        </message>
        <message>
            <source>Charts, and the history of attempts; Ctrl+Tab switches</source>
            <translation>Gráficos e historial de intentos; Ctrl+Tab cambia de vista</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Puntuaciones a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Your score in each finished quiz</source>
            <translation>Tu puntuación en cada cuestionario terminado</translation>
        </message>
        <message>
            <source>Accuracy per tag</source>
            <translation>Aciertos por etiqueta</translation>
        </message>
        <message>
            <source>Share of right answers per tag</source>
            <translation>Proporción de respuestas correctas por etiqueta</translation>
        </message>
        <message>
            <source>Weakest questions</source>
            <translation>Preguntas más flojas</translation>
        </message>
        <message>
            <source>Questions you miss most often</source>
            <translation>Preguntas que fallas más a menudo</translation>
        </message>
        <message>
            <source>Questions due</source>
            <translation>Preguntas pendientes</translation>
        </message>
        <message>
            <source>Questions due for review, per bank</source>
            <translation>Preguntas para repasar, por banco de preguntas</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Banks</source>
            <translation>Bancos de preguntas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Attempt history</source>
            <translation>Historial de intentos</translation>
        </message>
        <message>
            <source>Every quiz, newest first; Enter opens it in review</source>
            <translation>Todos los cuestionarios, los más recientes primero; Intro lo abre para revisarlo</translation>
        </message>
        <message>
            <source>Open in review ({key})</source>
            <translation>Revisar ({key})</translation>
        </message>
        <message>
            <source>Review the selected attempt question by question</source>
            <translation>Revisar el intento elegido pregunta por pregunta</translation>
        </message>
        <message>
            <source>Open in review</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Reading your progress…</source>
            <translation>Leyendo tu progreso…</translation>
        </message>
        <message>
            <source>Progress: {name}</source>
            <translation>Progreso: {name}</translation>
        </message>
        <message>
            <source>No answers yet. Finish a quiz to see your progress here.</source>
            <translation>Todavía no hay respuestas. Termina un cuestionario para ver aquí tu progreso.</translation>
        </message>
        <message>
            <source>{answers}, {accuracy} right · {days} in a row (best {longest_days}) · {due_now} due for review now</source>
            <translation>{answers}, {accuracy} correctas · {days} seguidos (récord {longest_days}) · {due_now} para repasar ahora</translation>
        </message>
        <message>
            <source>Scores: {scores}</source>
            <translation>Puntuaciones: {scores}</translation>
        </message>
        <message>
            <source>No finished quizzes yet</source>
            <translation>Todavía no hay cuestionarios terminados</translation>
        </message>
        <message>
            <source>Nothing yet</source>
            <translation>Nada todavía</translation>
        </message>
        <message>
            <source>@value% missed</source>
            <comment>a bar's label; @value is the number</comment>
            <translation>@value % falladas</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Carpeta de archivos</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Acceso directo</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QuestionImage</name>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Picture that cannot be shown</source>
            <translation>Imagen que no se puede mostrar</translation>
        </message>
        <message>
            <source>Picture: %1</source>
            <translation>Imagen: %1</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Question number</source>
            <translation>Número de pregunta</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Questions answered</source>
            <translation>Preguntas respondidas</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Points and hints</source>
            <translation>Puntos y pistas</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>The clock is stopped. Press Esc or Enter to go on.</source>
            <translation>El reloj está parado. Pulsa Esc o Intro para seguir.</translation>
        </message>
        <message>
            <source>Paused help</source>
            <translation>Ayuda de la pausa</translation>
        </message>
        <message>
            <source>Saving status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>End quiz ({key})</source>
            <translation>Terminar el cuestionario ({key})</translation>
        </message>
        <message>
            <source>Stop now; answers so far count</source>
            <translation>Parar ahora; cuentan las respuestas dadas hasta ahora</translation>
        </message>
        <message>
            <source>End quiz</source>
            <translation>Terminar el cuestionario</translation>
        </message>
        <message>
            <source>Pause ({key})</source>
            <translation>Pausa ({key})</translation>
        </message>
        <message>
            <source>Stop the clock and hide the question</source>
            <translation>Parar el reloj y ocultar la pregunta</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Skip ({key})</source>
            <translation>Saltar ({key})</translation>
        </message>
        <message>
            <source>Leave this question for later</source>
            <translation>Dejar esta pregunta para más tarde</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Submit ({key})</source>
            <translation>Responder ({key})</translation>
        </message>
        <message>
            <source>Submit your answer</source>
            <translation>Enviar tu respuesta</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Or skip it for now ({key}) and come back.</source>
            <translation>O sáltala por ahora ({key}) y vuelve luego.</translation>
        </message>
        <message>
            <source>No answer given</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>You have not answered this question. Submit it without an answer?{skip}</source>
            <translation>No has respondido a esta pregunta. ¿Enviarla sin respuesta?{skip}</translation>
        </message>
        <message>
            <source>End the quiz?</source>
            <translation>¿Terminar el cuestionario?</translation>
        </message>
        <message>
            <source>End the quiz now? The answers you gave count; the rest stay unanswered.</source>
            <translation>¿Terminar ahora el cuestionario? Cuentan las respuestas que has dado; el resto queda sin responder.</translation>
        </message>
        <message>
            <source>Question {number} of {total}</source>
            <translation>Pregunta {number} de {total}</translation>
        </message>
        <message>
            <source>{answered} answered</source>
            <translation>{answered} respondidas</translation>
        </message>
        <message>
            <source>Resume ({key})</source>
            <translation>Reanudar ({key})</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>resume</source>
            <comment>Enter does</comment>
            <translation>reanudar</translation>
        </message>
        <message>
            <source>See results ({key})</source>
            <translation>Ver resultados ({key})</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Ver resultados</translation>
        </message>
        <message>
            <source>see results</source>
            <comment>Enter does</comment>
            <translation>ver resultados</translation>
        </message>
        <message>
            <source>Next ({key})</source>
            <translation>Siguiente ({key})</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Siguiente pregunta</translation>
        </message>
        <message>
            <source>next question</source>
            <comment>Enter does</comment>
            <translation>siguiente pregunta</translation>
        </message>
        <message>
            <source>submit</source>
            <comment>Enter does</comment>
            <translation>responder</translation>
        </message>
        <message>
            <source>pause</source>
            <comment>Esc does</comment>
            <translation>pausar</translation>
        </message>
        <message>
            <source>leave</source>
            <comment>Esc does</comment>
            <translation>salir</translation>
        </message>
        <message>
            <source>resume</source>
            <comment>Esc does</comment>
            <translation>reanudar</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} puntos</translation>
        </message>
        <message>
            <source>skipped earlier</source>
            <translation>saltada antes</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <source>Source text</source>
            <translation>Texto de origen</translation>
        </message>
        <message>
            <source>The text the questions are built from; the quoted passage is highlighted</source>
            <translation>El texto en el que se basan las preguntas; el pasaje citado está resaltado</translation>
        </message>
        <message>
            <source>Find in the text ({key})</source>
            <translation>Buscar en el texto ({key})</translation>
        </message>
        <message>
            <source>Find in the text</source>
            <translation>Buscar en el texto</translation>
        </message>
        <message>
            <source>Type words and press Enter to find the next place they appear</source>
            <translation>Escribe palabras y pulsa Intro para encontrar el siguiente lugar en el que aparecen</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Volver ({key})</translation>
        </message>
        <message>
            <source>Close the text and go back</source>
            <translation>Cerrar el texto y volver</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>No source text</source>
            <translation>Sin texto de origen</translation>
        </message>
        <message>
            <source>The bank “{title}” does not name a source text.</source>
            <translation>El banco de preguntas «{title}» no indica ningún texto de origen.</translation>
        </message>
        <message>
            <source>Cannot open the text</source>
            <translation>No se puede abrir el texto</translation>
        </message>
        <message>
            <source>The source text {path} cannot be read: {reason}.</source>
            <translation>No se puede leer el texto de origen {path}: {reason}.</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>quizapp report: {folder} is not a folder; give the folder the results were collected in.</source>
            <translation>quizapp report: {folder} no es una carpeta; indica la carpeta en la que se recogieron los resultados.</translation>
        </message>
        <message>
            <source>quizapp report: {folder} does not exist; give the folder the results were collected in.</source>
            <translation>quizapp report: {folder} no existe; indica la carpeta en la que se recogieron los resultados.</translation>
        </message>
        <message>
            <source>quizapp report: cannot write {problem}</source>
            <translation>quizapp report: no se puede escribir {problem}</translation>
        </message>
        <message>
            <source>{attempts} merged ({finished} finished, {interrupted} interrupted) from {files}; {duplicates} ignored; {unreadable}.</source>
            <translation>{attempts} combinados ({finished} terminados, {interrupted} interrumpidos) de {files}; {duplicates} sin tener en cuenta; {unreadable}.</translation>
        </message>
        <message>
            <source>Conflict, not counted: attempt {id} differs between {files}</source>
            <translation>Conflicto, no contado: el intento {id} difiere entre {files}</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two file names</comment>
            <translation> y </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged (too easy, too hard or negative discrimination).</source>
            <translation>
                <numerusform>%n pregunta señalada (demasiado fácil, demasiado difícil o discriminación negativa).</numerusform>
                <numerusform>%n preguntas señaladas (demasiado fáciles, demasiado difíciles o con discriminación negativa).</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>Se escribió {file}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Questions in this quiz</source>
            <translation>Preguntas de este cuestionario</translation>
        </message>
        <message>
            <source>Select a question to review your answer and the correct one</source>
            <translation>Elige una pregunta para revisar tu respuesta y la correcta</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Review of the selected question</source>
            <translation>Revisión de la pregunta elegida</translation>
        </message>
        <message>
            <source>Practise the mistakes ({key})</source>
            <translation>Practicar los errores ({key})</translation>
        </message>
        <message>
            <source>Start a practice quiz of the questions you missed</source>
            <translation>Empezar un cuestionario de práctica con las preguntas que fallaste</translation>
        </message>
        <message>
            <source>Practise these mistakes again</source>
            <translation>Practicar de nuevo estos errores</translation>
        </message>
        <message>
            <source>Back to the library ({key})</source>
            <translation>Volver a la biblioteca ({key})</translation>
        </message>
        <message>
            <source>Leave the results</source>
            <translation>Salir de los resultados</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Volver a la biblioteca</translation>
        </message>
        <message>
            <source>{right} of {answered} answered right</source>
            <translation>{right} de {answered} respondidas correctamente</translation>
        </message>
        <message>
            <source>{questions} not reached</source>
            <translation>{questions} sin alcanzar</translation>
        </message>
        <message>
            <source>{score} of the whole quiz</source>
            <translation>{score} del cuestionario completo</translation>
        </message>
        <message>
            <source>{right} of {questions} right</source>
            <translation>{right} de {questions} correctas</translation>
        </message>
        <message>
            <source>{earned} of {possible} points</source>
            <translation>{earned} de {possible} puntos</translation>
        </message>
        <message>
            <source>time {time}</source>
            <translation>tiempo {time}</translation>
        </message>
        <message>
            <source>{count} timed out</source>
            <translation>{count} con el tiempo agotado</translation>
        </message>
        <message>
            <source>extra time {factor} ×</source>
            <translation>tiempo adicional {factor} ×</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>{mode} on {banks}, {when}</source>
            <translation>{mode} sobre {banks}, {when}</translation>
        </message>
        <message>
            <source>{right} of {answers} right</source>
            <translation>{right} de {answers} correctas</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Puntuación {score}</translation>
        </message>
        <message>
            <source>This question is no longer in its bank.</source>
            <translation>Esta pregunta ya no está en su banco de preguntas.</translation>
        </message>
        <message>
            <source>– Not reached</source>
            <translation>– Sin alcanzar</translation>
        </message>
        <message>
            <source>Not answered: the quiz ended before this question.</source>
            <translation>Sin responder: el cuestionario terminó antes de esta pregunta.</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Feedback after every answer; pause any time</source>
            <translation>Corrección tras cada respuesta; pausa cuando quieras</translation>
        </message>
        <message>
            <source>No feedback until the end; a time limit per question; skip and come back</source>
            <translation>Sin corrección hasta el final; un límite de tiempo por pregunta; salta y vuelve</translation>
        </message>
        <message>
            <source>The questions you last got wrong</source>
            <translation>Las preguntas que fallaste la última vez</translation>
        </message>
        <message>
            <source>The questions the review schedule says are due now</source>
            <translation>Las preguntas que toca repasar ahora según el plan de repaso</translation>
        </message>
        <message>
            <source>Set up a quiz</source>
            <translation>Preparar un cuestionario</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Practice, exam, your mistakes, or questions due for review</source>
            <translation>Práctica, examen, tus errores o preguntas para repasar</translation>
        </message>
        <message>
            <source>About this mode</source>
            <translation>Sobre este modo</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modo:</translation>
        </message>
        <message>
            <source>Number of questions</source>
            <translation>Número de preguntas</translation>
        </message>
        <message>
            <source>How many questions the quiz asks</source>
            <translation>Cuántas preguntas tiene el cuestionario</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Preguntas:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tick tags to ask only questions with any of them; none ticked means all; Space ticks</source>
            <translation>Marca etiquetas para preguntar solo las preguntas que tengan alguna; sin marcar significa todas; la barra espaciadora marca</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <source>Question types</source>
            <translation>Tipos de pregunta</translation>
        </message>
        <message>
            <source>Tick types to ask only questions of those types; none ticked means all; Space ticks</source>
            <translation>Marca tipos para preguntar solo preguntas de esos tipos; sin marcar significa todos; la barra espaciadora marca</translation>
        </message>
        <message>
            <source>T&amp;ypes:</source>
            <translation>&amp;Tipos:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>The bank's own limits</source>
            <translation>Los límites del propio banco</translation>
        </message>
        <message>
            <source>For the whole quiz:</source>
            <translation>Para todo el cuestionario:</translation>
        </message>
        <message>
            <source>For each question:</source>
            <translation>Para cada pregunta:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>Sin límite de tiempo</translation>
        </message>
        <message>
            <source>Take as long as you need</source>
            <translation>Tómate el tiempo que necesites</translation>
        </message>
        <message>
            <source>The bank's own time limits</source>
            <translation>Los límites de tiempo del propio banco</translation>
        </message>
        <message>
            <source>The limits the bank's author set</source>
            <translation>Los límites que fijó quien hizo el banco</translation>
        </message>
        <message>
            <source>Time limit for the whole quiz</source>
            <translation>Límite de tiempo para todo el cuestionario</translation>
        </message>
        <message>
            <source>One countdown for the whole quiz</source>
            <translation>Una cuenta atrás para todo el cuestionario</translation>
        </message>
        <message>
            <source>Time limit for each question</source>
            <translation>Límite de tiempo para cada pregunta</translation>
        </message>
        <message>
            <source>The same countdown for every question, whatever the bank says</source>
            <translation>La misma cuenta atrás para cada pregunta, diga lo que diga el banco</translation>
        </message>
        <message>
            <source>Minutes for the whole quiz</source>
            <translation>Minutos para todo el cuestionario</translation>
        </message>
        <message>
            <source>Length of the quiz's time limit</source>
            <translation>Duración del límite de tiempo del cuestionario</translation>
        </message>
        <message>
            <source>Seconds for each question</source>
            <translation>Segundos para cada pregunta</translation>
        </message>
        <message>
            <source>How long each question may take</source>
            <translation>Cuánto puede durar cada pregunta</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Tiempo adicional</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>&amp;Límite de tiempo:</translation>
        </message>
        <message>
            <source>Start ({key})</source>
            <translation>Empezar ({key})</translation>
        </message>
        <message>
            <source>Start the quiz with these settings</source>
            <translation>Empezar el cuestionario con estos ajustes</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Volver ({key})</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Volver a la biblioteca</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Set up a quiz: {title}</source>
            <translation>Preparar un cuestionario: {title}</translation>
        </message>
        <message>
            <source>{questions} in this bank.</source>
            <translation>{questions} en este banco.</translation>
        </message>
        <message>
            <source>This bank sets no time limits</source>
            <translation>Este banco no fija límites de tiempo</translation>
        </message>
        <message>
            <source>Your extra time ({factor} ×) is added to every limit.</source>
            <translation>Tu tiempo adicional ({factor} ×) se suma a cada límite.</translation>
        </message>
        <message>
            <source> of {n}</source>
            <translation> de {n}</translation>
        </message>
        <message>
            <source>There are no mistakes to practise in this bank yet.</source>
            <translation>Todavía no hay errores que practicar en este banco de preguntas.</translation>
        </message>
        <message>
            <source>There are no questions due for review in this bank yet.</source>
            <translation>Todavía no hay preguntas para repasar en este banco de preguntas.</translation>
        </message>
        <message>
            <source>Nothing to ask</source>
            <translation>Nada que preguntar</translation>
        </message>
        <message>
            <source>{questions} timed ({range})</source>
            <translation>{questions} con tiempo ({range})</translation>
        </message>
        <message>
            <source>{time} a question</source>
            <translation>{time} por pregunta</translation>
        </message>
        <message>
            <source>{time} a question, {questions} with their own</source>
            <translation>{time} por pregunta, {questions} con su propio límite</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>pick or tick a choice; go to an item to order or match</source>
            <translation>elegir o marcar una opción; ir a un elemento para ordenar o emparejar</translation>
        </message>
        <message>
            <source>submit, then go on to the next question</source>
            <translation>responder y pasar a la siguiente pregunta</translation>
        </message>
        <message>
            <source>pause or resume (practice); back (other pages)</source>
            <translation>pausar o reanudar (práctica); volver (otras páginas)</translation>
        </message>
        <message>
            <source>move between controls</source>
            <translation>moverse entre los controles</translation>
        </message>
        <message>
            <source>move an item when putting things in order</source>
            <translation>mover un elemento al ordenar</translation>
        </message>
        <message>
            <source>skip a question for now (exam)</source>
            <translation>saltar una pregunta por ahora (examen)</translation>
        </message>
        <message>
            <source>end the quiz</source>
            <translation>terminar el cuestionario</translation>
        </message>
        <message>
            <source>show the source text</source>
            <translation>mostrar el texto de origen</translation>
        </message>
        <message>
            <source>practise the mistakes again (results)</source>
            <translation>practicar de nuevo los errores (resultados)</translation>
        </message>
        <message>
            <source>library</source>
            <translation>biblioteca</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>progreso</translation>
        </message>
        <message>
            <source>switch learner</source>
            <translation>cambiar de estudiante</translation>
        </message>
        <message>
            <source>open a classroom preset (teacher)</source>
            <translation>abrir una plantilla de aula (docente)</translation>
        </message>
        <message>
            <source>class report (teacher)</source>
            <translation>informe de la clase (docente)</translation>
        </message>
        <message>
            <source>bigger, smaller, default text</source>
            <translation>texto más grande, más pequeño, normal</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>pantalla completa</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>esta lista</translation>
        </message>
    </context>
    <context>
        <name>TypedWidget</name>
        <message>
            <source>Your number</source>
            <translation>Tu número</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>Type a number, e.g. 1998, 2.5 or 3/4, then press Enter</source>
            <translation>Escribe un número, p. ej. 1998, 2,5 o 3/4, y pulsa Intro</translation>
        </message>
        <message>
            <source>Type your answer, then press Enter</source>
            <translation>Escribe tu respuesta y pulsa Intro</translation>
        </message>
        <message>
            <source>A number, e.g. 1998 or 2.5</source>
            <translation>Un número, p. ej. 1998 o 2,5</translation>
        </message>
        <message>
            <source>How your number was read</source>
            <translation>Cómo se ha leído tu número</translation>
        </message>
        <message>
            <source>type the answer</source>
            <translation>escribe la respuesta</translation>
        </message>
    </context>
    <context>
        <name>ValidateCommand</name>
        <message>
            <source>not cited by any question of {bank}: {excerpt}</source>
            <translation>ninguna pregunta de {bank} lo cita: {excerpt}</translation>
        </message>
        <message>
            <source>every passage is cited by {bank}</source>
            <translation>{bank} cita todos los pasajes</translation>
        </message>
        <message>
            <source>{banks}, {questions}</source>
            <translation>{banks}, {questions}</translation>
        </message>
        <message numerus="yes">
            <source>(%n question(s) skipped)</source>
            <translation>
                <numerusform>(%n pregunta omitida)</numerusform>
                <numerusform>(%n preguntas omitidas)</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked}: {errors}, {warnings}</source>
            <translation>{checked}: {errors}, {warnings}</translation>
        </message>
    </context>
    <context>
        <name>checker</name>
        <message>
            <source>error</source>
            <comment>severity of a problem: path:line:column: error: message</comment>
            <translation>error</translation>
        </message>
        <message>
            <source>note</source>
            <comment>a remark, not a problem: path:line: note: message</comment>
            <translation>nota</translation>
        </message>
        <message>
            <source>warning</source>
            <comment>severity of a problem: path:line:column: warning: message</comment>
            <translation>aviso</translation>
        </message>
        <message>
            <source> — did you mean '{word}'?</source>
            <comment>after a wrong word</comment>
            <translation> — ¿quisiste decir «{word}»?</translation>
        </message>
        <message>
            <source>a set of keys</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>un conjunto de claves</translation>
        </message>
        <message>
            <source>a list</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>una lista</translation>
        </message>
        <message>
            <source>empty</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>vacío</translation>
        </message>
        <message>
            <source>a single value</source>
            <comment>what a YAML value is</comment>
            <translation>un solo valor</translation>
        </message>
        <message>
            <source>the bank</source>
            <comment>subject</comment>
            <translation>el banco de preguntas</translation>
        </message>
        <message>
            <source>in the bank</source>
            <translation>en el banco de preguntas</translation>
        </message>
        <message>
            <source>a question</source>
            <comment>subject</comment>
            <translation>una pregunta</translation>
        </message>
        <message>
            <source>in a question</source>
            <translation>en una pregunta</translation>
        </message>
        <message>
            <source>in `{key}`</source>
            <comment>inside a YAML key</comment>
            <translation>en `{key}`</translation>
        </message>
        <message>
            <source>it contains a NUL character</source>
            <translation>contiene un carácter NUL</translation>
        </message>
        <message>
            <source>it contains characters file names cannot hold</source>
            <translation>contiene caracteres que un nombre de archivo no admite</translation>
        </message>
        <message>
            <source>one of its names is longer than {max} bytes</source>
            <translation>uno de sus nombres tiene más de {max} bytes</translation>
        </message>
        <message>
            <source>it is longer than {max} bytes</source>
            <translation>tiene más de {max} bytes</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>'{value}'</source>
            <comment>a value as written in the file</comment>
            <translation>«{value}»</translation>
        </message>
        <message>
            <source>`{name}` must be true or false without quotes, not {shown}</source>
            <translation>`{name}` debe ser true o false sin comillas, no {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be true or false (or `{also}`), not {shown}</source>
            <translation>`{name}` debe ser true o false (o `{also}`), no {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be true or false, not {shown}</source>
            <translation>`{name}` debe ser true o false, no {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be a number, not {shown} (remove the quotes)</source>
            <translation>`{name}` debe ser un número, no {shown} (quita las comillas)</translation>
        </message>
        <message>
            <source>`{name}` must be a number, not {shown}</source>
            <translation>`{name}` debe ser un número, no {shown}</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the right choice, copied from `choices`</source>
            <translation>falta `answer:`; escribe la opción correcta, copiada de `choices`</translation>
        </message>
        <message>
            <source>`answer:` is missing; list the right choices, e.g. answer: [A, C]</source>
            <translation>falta `answer:`; enumera las opciones correctas, p. ej. answer: [A, C]</translation>
        </message>
        <message>
            <source>`answer:` is missing; write answer: true or answer: false</source>
            <translation>falta `answer:`; escribe answer: true o answer: false</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the number, e.g. answer: 1998</source>
            <translation>falta `answer:`; escribe el número, p. ej. answer: 1998</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the expected text, or a list of accepted ones</source>
            <translation>falta `answer:`; escribe el texto esperado o una lista de los que se aceptan</translation>
        </message>
        <message>
            <source>a numeric answer must be a number, not '{value}' (remove the quotes)</source>
            <translation>una respuesta numérica debe ser un número, no «{value}» (quita las comillas)</translation>
        </message>
        <message>
            <source>a numeric answer must be a number, not '{value}'</source>
            <translation>una respuesta numérica debe ser un número, no «{value}»</translation>
        </message>
        <message>
            <source>this quote is not in {file} (copy it exactly; only spaces and curly quotes may differ)</source>
            <translation>esta cita no está en {file} (cópiala tal cual; solo pueden variar los espacios y las comillas tipográficas)</translation>
        </message>
        <message>
            <source>this quote is not in {file} (copy it exactly; only spaces and curly quotes may differ); the closest passage is on line {near} of the text</source>
            <translation>esta cita no está en {file} (cópiala tal cual; solo pueden variar los espacios y las comillas tipográficas); el pasaje más parecido está en la línea {near} del texto</translation>
        </message>
        <message>
            <source>the image '{name}' is {size} MB; an image may be at most {limit} MB (an SVG 1 MB) — save it at the size it is shown</source>
            <translation>la imagen «{name}» ocupa {size} MB; una imagen puede ocupar como máximo {limit} MB (un SVG, 1 MB) — guárdala al tamaño con que se muestra</translation>
        </message>
        <message>
            <source>the image '{name}' is {pixels} pixels; at most {side} on a side and {million} million in all — scale it down</source>
            <translation>la imagen «{name}» tiene {pixels} píxeles; como máximo {side} por lado y {million} millones en total — redúcela</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text; save it as UTF-8 in your editor</source>
            <translation>el archivo no es texto UTF-8; guárdalo como UTF-8 en tu editor</translation>
        </message>
        <message>
            <source>the file contains NUL bytes; it is not a text file</source>
            <translation>el archivo contiene bytes NUL; no es un archivo de texto</translation>
        </message>
        <message>
            <source>this is not valid YAML: {detail}</source>
            <translation>esto no es YAML válido: {detail}</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a question bank</source>
            <translation>el archivo está demasiado anidado para ser un banco de preguntas</translation>
        </message>
        <message>
            <source>a tab is used for indentation; YAML needs spaces here</source>
            <translation>aquí se sangra con un tabulador; YAML necesita espacios</translation>
        </message>
        <message>
            <source>the file holds more than one YAML document (a second '---'); put each bank in its own file</source>
            <translation>el archivo contiene más de un documento YAML (un segundo «---»); pon cada banco de preguntas en su propio archivo</translation>
        </message>
        <message>
            <source>YAML could not read this line: a text containing ': ' or starting with a quote or one of [ ] { } &amp; * ! | &gt; % @ ` must be put in quotes</source>
            <translation>YAML no pudo leer esta línea: un texto que contiene «: » o que empieza por comillas o por uno de [ ] { } &amp; * ! | &gt; % @ ` debe ir entre comillas</translation>
        </message>
        <message>
            <source>this alias refers to no anchor ({detail})</source>
            <translation>este alias no remite a ningún ancla ({detail})</translation>
        </message>
        <message>
            <source>the tag '{tag}' is not allowed: a bank holds only text, numbers, lists and keys, and never creates program objects</source>
            <translation>la etiqueta YAML «{tag}» no está permitida: un banco de preguntas solo contiene textos, números, listas y claves, y nunca crea objetos de programa</translation>
        </message>
        <message>
            <source>the tag '{tag}' is not allowed; remove it</source>
            <translation>la etiqueta YAML «{tag}» no está permitida; quítala</translation>
        </message>
        <message>
            <source>{what} must be a set of `key: value` lines, not {kind}</source>
            <translation>{what} debe ser un conjunto de líneas `clave: valor`, no {kind}</translation>
        </message>
        <message>
            <source>a key {in_what} must be a plain word, not {kind}</source>
            <translation>una clave {in_what} debe ser una palabra simple, no {kind}</translation>
        </message>
        <message>
            <source>the key '{key}' appears twice {in_what} (first on line {first}); keep only one</source>
            <translation>la clave «{key}» aparece dos veces {in_what} (la primera en la línea {first}); deja solo una</translation>
        </message>
        <message>
            <source>unknown key '{key}' {in_what}{suggestion}</source>
            <translation>clave desconocida «{key}» {in_what}{suggestion}</translation>
        </message>
        <message>
            <source>`&lt;&lt;:` must refer to a set of keys (an &amp;anchor)</source>
            <translation>`&lt;&lt;:` debe remitir a un conjunto de claves (un &amp;ancla)</translation>
        </message>
        <message>
            <source>`{name}` is empty; write the text after `{name}:`</source>
            <translation>`{name}` está vacío; escribe el texto después de `{name}:`</translation>
        </message>
        <message>
            <source>`{name}` must be text, not {kind}</source>
            <translation>`{name}` debe ser un texto, no {kind}</translation>
        </message>
        <message>
            <source>`{key}:` is missing; add it</source>
            <translation>falta `{key}:`; añádelo</translation>
        </message>
        <message>
            <source>`{name}` must be a list (`[a, b]` or one `- item` per line)</source>
            <translation>`{name}` debe ser una lista (`[a, b]` o un `- elemento` por línea)</translation>
        </message>
        <message>
            <source>`{name}` is empty; list at least one, or leave `{name}` out</source>
            <translation>`{name}` está vacío; pon al menos un elemento o quita `{name}`</translation>
        </message>
        <message>
            <source>'{value}' appears twice in `{name}` (first on line {first})</source>
            <translation>«{value}» aparece dos veces en `{name}` (la primera en la línea {first})</translation>
        </message>
        <message>
            <source>'{value}' appears twice in `{name}` (first on line {first}); each entry must differ</source>
            <translation>«{value}» aparece dos veces en `{name}` (la primera en la línea {first}); cada elemento debe ser distinto</translation>
        </message>
        <message>
            <source>`{name}` must be a finite number</source>
            <translation>`{name}` debe ser un número finito</translation>
        </message>
        <message>
            <source>`{name}` must be more than 0</source>
            <translation>`{name}` debe ser mayor que 0</translation>
        </message>
        <message>
            <source>`{name}` cannot be negative</source>
            <translation>`{name}` no puede ser negativo</translation>
        </message>
        <message>
            <source>`{name}` must be a whole number from {low} to {high}</source>
            <translation>`{name}` debe ser un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>the file is {size} MB; a bank may be at most {limit} MB — split it into several banks</source>
            <translation>el archivo ocupa {size} MB; un banco de preguntas puede ocupar como máximo {limit} MB — divídelo en varios bancos</translation>
        </message>
        <message>
            <source>the file cannot be read: it is over {limit} MB; split it into several banks</source>
            <translation>no se puede leer el archivo: ocupa más de {limit} MB; divídelo en varios bancos de preguntas</translation>
        </message>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>no se puede leer el archivo: {why}</translation>
        </message>
        <message>
            <source>cannot list this folder: {why}</source>
            <translation>no se puede listar esta carpeta: {why}</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>no existe ese archivo ni esa carpeta</translation>
        </message>
        <message>
            <source>the bank id '{id}' is also used by {first}, which comes first on the search path, so this file is not loaded; give it its own `id:`</source>
            <translation>el id de banco «{id}» también lo usa {first}, que va primero en la ruta de búsqueda, así que este archivo no se carga; dale su propio `id:`</translation>
        </message>
        <message>
            <source>the file is empty; a bank needs at least `title:` and `questions:`</source>
            <translation>el archivo está vacío; un banco de preguntas necesita al menos `title:` y `questions:`</translation>
        </message>
        <message>
            <source>the file uses aliases (*name) so much that it would expand to an enormous bank; write the questions out instead</source>
            <translation>el archivo usa tantos alias (*nombre) que se convertiría en un banco enorme; escribe las preguntas completas</translation>
        </message>
        <message>
            <source>the file starts with a list; a bank starts with keys like `title:` and `questions:`, and the questions go in the list under `questions:`</source>
            <translation>el archivo empieza con una lista; un banco de preguntas empieza con claves como `title:` y `questions:`, y las preguntas van en la lista bajo `questions:`</translation>
        </message>
        <message>
            <source>the bank id '{value}' may use only a-z, 0-9, '.', '_' and '-'</source>
            <translation>el id de banco «{value}» solo puede usar a-z, 0-9, «.», «_» y «-»</translation>
        </message>
        <message>
            <source>`file:` is not a usable file name: {why}</source>
            <translation>`file:` no es un nombre de archivo válido: {why}</translation>
        </message>
        <message>
            <source>`file: {name}` must name a file in the bank's own folder (no absolute paths, no '..')</source>
            <translation>`file: {name}` debe nombrar un archivo de la carpeta del propio banco (sin rutas absolutas ni «..»)</translation>
        </message>
        <message>
            <source>the file '{name}' cannot be read: {why}</source>
            <translation>no se puede leer el archivo «{name}»: {why}</translation>
        </message>
        <message>
            <source>`file: {name}` leads outside the bank's folder</source>
            <translation>`file: {name}` lleva fuera de la carpeta del banco</translation>
        </message>
        <message>
            <source>the source file '{name}' was not found next to the bank</source>
            <translation>no se encontró el archivo del texto de origen «{name}» junto al banco</translation>
        </message>
        <message>
            <source>the source file '{name}' cannot be read: {why}</source>
            <translation>no se puede leer el archivo del texto de origen «{name}»: {why}</translation>
        </message>
        <message>
            <source>`questions:` is missing; a bank needs at least one question</source>
            <translation>falta `questions:`; un banco de preguntas necesita al menos una pregunta</translation>
        </message>
        <message>
            <source>`questions` must be a list, with each question starting `- id:`</source>
            <translation>`questions` debe ser una lista en la que cada pregunta empieza por `- id:`</translation>
        </message>
        <message>
            <source>`questions` is empty; add at least one question</source>
            <translation>`questions` está vacío; añade al menos una pregunta</translation>
        </message>
        <message>
            <source>`{key}` does not belong in a question of type {type} (it is for {owners}); remove it or change `type`</source>
            <translation>`{key}` no corresponde a una pregunta de tipo {type} (es para {owners}); quítalo o cambia `type`</translation>
        </message>
        <message>
            <source>the question has no `id:`; give it a short unique name like q1</source>
            <translation>la pregunta no tiene `id:`; dale un nombre corto y único como q1</translation>
        </message>
        <message>
            <source>the id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example '{example}')</source>
            <translation>el id «{value}» solo puede usar a-z, 0-9, «.», «_» y «-» (por ejemplo «{example}»)</translation>
        </message>
        <message>
            <source>the id '{value}' is already used by the question on line {first}; ids must be unique in a bank</source>
            <translation>el id «{value}» ya lo usa la pregunta de la línea {first}; los id deben ser únicos en un banco de preguntas</translation>
        </message>
        <message>
            <source>the question has no `type:`; use one of {types}</source>
            <translation>la pregunta no tiene `type:`; usa uno de {types}</translation>
        </message>
        <message>
            <source>unknown question type '{value}'{suggestion} (the types are {types})</source>
            <translation>tipo de pregunta desconocido «{value}»{suggestion} (los tipos son {types})</translation>
        </message>
        <message>
            <source>no `explanation:`; learners will see only right or wrong — add a sentence saying why</source>
            <translation>no hay `explanation:`; los estudiantes solo verán si es correcto o no — añade una frase que explique por qué</translation>
        </message>
        <message>
            <source>this question is a draft: check it against the text, correct or delete it, then remove the `draft` tag</source>
            <translation>esta pregunta es un borrador: compárala con el texto, corrígela o bórrala y después quita la etiqueta `draft`</translation>
        </message>
        <message>
            <source>`difficulty` must be one of {names}{suggestion}</source>
            <translation>`difficulty` debe ser uno de {names}{suggestion}</translation>
        </message>
        <message>
            <source>this quote cannot be checked: the bank names no `source: file:`</source>
            <translation>esta cita no se puede comprobar: el banco no indica ningún `source: file:`</translation>
        </message>
        <message>
            <source>`choices:` is missing; list the options the learner picks from</source>
            <translation>falta `choices:`; enumera las opciones entre las que elige el estudiante</translation>
        </message>
        <message>
            <source>`items:` is missing; list the items in their correct order</source>
            <translation>falta `items:`; enumera los elementos en su orden correcto</translation>
        </message>
        <message>
            <source>`pairs:` is missing; write `left: right` lines under `pairs:`</source>
            <translation>falta `pairs:`; escribe líneas `izquierda: derecha` bajo `pairs:`</translation>
        </message>
        <message>
            <source>`{name}` needs at least {least} entries (it has {count})</source>
            <translation>`{name}` necesita al menos {least} elementos (tiene {count})</translation>
        </message>
        <message>
            <source>`{name}` may have at most {most} entries (it has {count})</source>
            <translation>`{name}` puede tener como máximo {most} elementos (tiene {count})</translation>
        </message>
        <message>
            <source>the answer '{value}' is not one of the choices{suggestion}</source>
            <translation>la respuesta «{value}» no es ninguna de las opciones{suggestion}</translation>
        </message>
        <message>
            <source>a single question has exactly one answer; for several use type: multiple</source>
            <translation>una pregunta single tiene exactamente una respuesta; para varias usa type: multiple</translation>
        </message>
        <message>
            <source>a multiple question's answer is a list; write answer: [{value}]</source>
            <translation>la respuesta de una pregunta multiple es una lista; escribe answer: [{value}]</translation>
        </message>
        <message>
            <source>`answer` is empty; list at least one right choice</source>
            <translation>`answer` está vacío; pon al menos una opción correcta</translation>
        </message>
        <message>
            <source>`answer` is empty; list at least one accepted text</source>
            <translation>`answer` está vacío; pon al menos un texto aceptado</translation>
        </message>
        <message>
            <source>an order question has no `answer:`; write `items:` in the correct order instead</source>
            <translation>una pregunta order no lleva `answer:`; escribe en su lugar `items:` en el orden correcto</translation>
        </message>
        <message>
            <source>a match question has no `answer:`; the `pairs:` are the answer</source>
            <translation>una pregunta match no lleva `answer:`; los `pairs:` son la respuesta</translation>
        </message>
        <message>
            <source>`pairs` must be `left: right` lines, one pair per line</source>
            <translation>`pairs` debe estar formado por líneas `izquierda: derecha`, un par por línea</translation>
        </message>
        <message>
            <source>'{value}' is matched twice (first on line {first}); each left side appears once</source>
            <translation>«{value}» se empareja dos veces (la primera en la línea {first}); cada lado izquierdo aparece una sola vez</translation>
        </message>
        <message>
            <source>`image` has no `file:`; name the picture, for example `file: maps/caucasus.png`</source>
            <translation>`image` no tiene `file:`; indica la imagen, por ejemplo `file: maps/caucasus.png`</translation>
        </message>
        <message>
            <source>`image` has no `alt:`; add a sentence saying what the picture shows, for learners who cannot see it</source>
            <translation>`image` no tiene `alt:`; añade una frase que diga qué muestra la imagen, para los estudiantes que no pueden verla</translation>
        </message>
        <message>
            <source>`alt` repeats the file name; say what the picture shows</source>
            <translation>`alt` repite el nombre del archivo; di qué muestra la imagen</translation>
        </message>
        <message>
            <source>'{name}' is not a PNG, JPEG or SVG file; save the picture as .png, .jpg or .svg</source>
            <translation>«{name}» no es un archivo PNG, JPEG ni SVG; guarda la imagen como .png, .jpg o .svg</translation>
        </message>
        <message>
            <source>the image '{name}' was not found next to the bank</source>
            <translation>no se encontró la imagen «{name}» junto al banco</translation>
        </message>
        <message>
            <source>'{name}' is really a {format} image; rename it to end in {suffix} so other programs open it too</source>
            <translation>«{name}» es en realidad una imagen {format}; cámbiale el nombre para que termine en {suffix} y así otros programas también la abran</translation>
        </message>
        <message>
            <source>'{name}' is a {format} image; save it as PNG or JPEG</source>
            <translation>«{name}» es una imagen {format}; guárdala como PNG o JPEG</translation>
        </message>
        <message>
            <source>the image '{name}' is not a regular file</source>
            <translation>la imagen «{name}» no es un archivo normal</translation>
        </message>
        <message>
            <source>the image '{name}' cannot be read: {why}</source>
            <translation>no se puede leer la imagen «{name}»: {why}</translation>
        </message>
        <message>
            <source>'{name}' is not a PNG, JPEG or SVG image inside; save it again as one</source>
            <translation>«{name}» no es por dentro una imagen PNG, JPEG ni SVG; vuelve a guardarla en uno de esos formatos</translation>
        </message>
        <message>
            <source>the image '{name}' is damaged or cut short; save it again from the program that made it</source>
            <translation>la imagen «{name}» está dañada o cortada; vuelve a guardarla desde el programa que la creó</translation>
        </message>
        <message>
            <source>the SVG '{name}' declares a DOCTYPE or entities, which are not allowed; remove its &lt;!DOCTYPE ...&gt; part</source>
            <translation>el SVG «{name}» declara un DOCTYPE o entidades, que no están permitidos; quita su parte &lt;!DOCTYPE ...&gt;</translation>
        </message>
        <message>
            <source>the SVG '{name}' has no size; give its &lt;svg&gt; element a viewBox, or a width and height</source>
            <translation>el SVG «{name}» no tiene tamaño; dale a su elemento &lt;svg&gt; un viewBox, o un width y un height</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>from --data-dir</source>
            <translation>de --data-dir</translation>
        </message>
        <message>
            <source>from --cache-dir</source>
            <translation>de --cache-dir</translation>
        </message>
        <message>
            <source>from ${env}</source>
            <translation>de ${env}</translation>
        </message>
        <message>
            <source>portable mode</source>
            <translation>modo portátil</translation>
        </message>
        <message>
            <source>the user data folder</source>
            <translation>la carpeta de datos del usuario</translation>
        </message>
        <message>
            <source>the user cache folder</source>
            <translation>la carpeta de caché del usuario</translation>
        </message>
        <message>
            <source>data:</source>
            <translation>datos:</translation>
        </message>
        <message>
            <source>cache:</source>
            <translation>caché:</translation>
        </message>
        <message>
            <source>banks:</source>
            <translation>bancos:</translation>
        </message>
        <message>
            <source>quizapp {version} (self-contained build)</source>
            <translation>quizapp {version} (versión autónoma)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluidos</translation>
        </message>
        <message>
            <source>portable mode: on ({marker})</source>
            <translation>modo portátil: activado ({marker})</translation>
        </message>
        <message>
            <source>portable mode: off (no {marker} in {folder})</source>
            <translation>modo portátil: desactivado (no hay {marker} en {folder})</translation>
        </message>
        <message>
            <source>language: {name} ({code})</source>
            <translation>idioma: {name} ({code})</translation>
        </message>
        <message>
            <source>language: {name} ({code}); Qt's standard dialogs stay English: {file} is missing</source>
            <translation>idioma: {name} ({code}); los diálogos estándar de Qt siguen en inglés: falta {file}</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>progress cannot be saved in {folder}: {why}. quizapp did not start, so no answers are lost. Choose a folder you can write to, on a drive that is kept, with --data-dir FOLDER (or the {env} environment variable)</source>
            <translation>no se puede guardar el progreso en {folder}: {why}. quizapp no se ha iniciado, así que no se pierde ninguna respuesta. Elige con --data-dir CARPETA (o con la variable de entorno {env}) una carpeta en la que puedas escribir, en una unidad que se conserve</translation>
        </message>
        <message>
            <source>, or remove {marker} to keep progress in your own user folder</source>
            <translation>, o quita {marker} para guardar el progreso en tu propia carpeta de usuario</translation>
        </message>
        <message>
            <source>; this folder came from {env}</source>
            <translation>; esta carpeta venía de {env}</translation>
        </message>
        <message>
            <source>there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session; the terminal commands (validate, export, report) work anywhere.</source>
            <translation>no hay pantalla en la que abrir la ventana (no está definido ni DISPLAY ni WAYLAND_DISPLAY). Ejecútalo desde una sesión de escritorio; las órdenes del terminal (validate, export, report) funcionan en cualquier sitio.</translation>
        </message>
        <message>
            <source>quizapp: no translation for '{code}'; using {language}</source>
            <translation>quizapp: no hay traducción para «{code}»; se usa {language}</translation>
        </message>
        <message>
            <source>quizapp cannot keep progress</source>
            <translation>quizapp no puede guardar el progreso</translation>
        </message>
    </context>
    <context>
        <name>convert</name>
        <message>
            <source>'{text}'</source>
            <comment>a text from the file, in quotation marks</comment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>the description</source>
            <comment>skipped ...</comment>
            <translation>la descripción</translation>
        </message>
        <message>
            <source>the essay question</source>
            <comment>skipped ...</comment>
            <translation>la pregunta de ensayo</translation>
        </message>
        <message>
            <source>the matching question</source>
            <comment>skipped ...</comment>
            <translation>la pregunta de emparejamiento</translation>
        </message>
        <message>
            <source>the numerical question</source>
            <comment>skipped ...</comment>
            <translation>la pregunta numérica</translation>
        </message>
        <message>
            <source>the true/false question</source>
            <comment>skipped ...</comment>
            <translation>la pregunta de verdadero/falso</translation>
        </message>
        <message>
            <source>the multiple-choice question</source>
            <comment>skipped ...</comment>
            <translation>la pregunta de opción múltiple</translation>
        </message>
        <message>
            <source>the cloze note</source>
            <comment>skipped ... (an Anki note)</comment>
            <translation>la nota de huecos</translation>
        </message>
        <message>
            <source>the note</source>
            <comment>skipped ... (an Anki note)</comment>
            <translation>la nota</translation>
        </message>
        <message>
            <source>the Moodle {qtype} question</source>
            <comment>skipped ...; {qtype}: Moodle's type name</comment>
            <translation>la pregunta de Moodle de tipo {qtype}</translation>
        </message>
        <message>
            <source>the Moodle '{qtype}' question</source>
            <comment>skipped ...; {qtype}: Moodle's type name</comment>
            <translation>la pregunta de Moodle de tipo «{qtype}»</translation>
        </message>
        <message>
            <source>the {qtype} question</source>
            <comment>skipped ...; {qtype}: our type (single, short...)</comment>
            <translation>la pregunta de tipo {qtype}</translation>
        </message>
        <message>
            <source>choices</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>opciones</translation>
        </message>
        <message>
            <source>items</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>elementos</translation>
        </message>
        <message>
            <source>pairs</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>parejas</translation>
        </message>
        <message>
            <source>it is text without a question</source>
            <translation>es texto sin pregunta</translation>
        </message>
        <message>
            <source>an essay is marked by a teacher, and our questions are marked automatically</source>
            <translation>un ensayo lo corrige el profesor, y nuestras preguntas se corrigen automáticamente</translation>
        </message>
        <message>
            <source>'{part}' has no `-&gt;`</source>
            <translation>«{part}» no tiene `-&gt;`</translation>
        </message>
        <message>
            <source>it has no right answer</source>
            <translation>no tiene respuesta correcta</translation>
        </message>
        <message>
            <source>a cloze card has gaps to fill in the text; our questions have one answer each</source>
            <translation>una tarjeta de huecos tiene huecos que rellenar en el texto; nuestras preguntas tienen una sola respuesta</translation>
        </message>
        <message>
            <source>it has only one field; a card needs a front and a back</source>
            <translation>solo tiene un campo; una tarjeta necesita anverso y reverso</translation>
        </message>
        <message>
            <source>neither answer is worth 100%</source>
            <translation>ninguna de las dos respuestas vale el 100 %</translation>
        </message>
        <message numerus="yes">
            <source>it has %n answer(s) worth 100%, and a single-answer question needs exactly one</source>
            <translation>
                <numerusform>tiene %n respuesta que vale el 100 %, y una pregunta de respuesta única necesita exactamente una</numerusform>
                <numerusform>tiene %n respuestas que valen el 100 %, y una pregunta de respuesta única necesita exactamente una</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer worth 100% is a number</source>
            <translation>ninguna respuesta que vale el 100 % es un número</translation>
        </message>
        <message>
            <source>this question type is not one we know how to convert</source>
            <translation>quizapp no sabe convertir este tipo de pregunta</translation>
        </message>
        <message>
            <source>a cloze (embedded answers) question has several gaps; ours have one answer each</source>
            <translation>una pregunta de huecos (respuestas anidadas) tiene varios huecos; las nuestras tienen una sola respuesta</translation>
        </message>
        <message>
            <source>a description is text without a question</source>
            <translation>una descripción es texto sin pregunta</translation>
        </message>
        <message>
            <source>calculated questions draw random numbers from formulas; ours are fixed</source>
            <translation>las preguntas calculadas sacan números al azar de fórmulas; las nuestras son fijas</translation>
        </message>
        <message>
            <source>drag-and-drop questions have no counterpart among our types</source>
            <translation>las preguntas de arrastrar y soltar no tienen equivalente entre nuestros tipos</translation>
        </message>
        <message>
            <source>select-missing-words questions have several gaps; ours have one answer each</source>
            <translation>las preguntas de seleccionar palabras perdidas tienen varios huecos; las nuestras tienen una sola respuesta</translation>
        </message>
        <message>
            <source>random short-answer matching draws questions from a category at quiz time</source>
            <translation>el emparejamiento aleatorio de respuestas cortas saca las preguntas de una categoría al hacer el cuestionario</translation>
        </message>
        <message>
            <source>a random question is drawn from a category at quiz time</source>
            <translation>una pregunta aleatoria se saca de una categoría al hacer el cuestionario</translation>
        </message>
        <message>
            <source>it has no question text</source>
            <translation>no tiene texto de pregunta</translation>
        </message>
        <message>
            <source>our questions need at least {least} {key} (it has {count})</source>
            <translation>nuestras preguntas necesitan al menos {least} {key} (tiene {count})</translation>
        </message>
        <message>
            <source>our questions allow at most {most} {key} (it has {count})</source>
            <translation>nuestras preguntas admiten como mucho {most} {key} (tiene {count})</translation>
        </message>
        <message>
            <source>one of its {key} is empty</source>
            <translation>hay una entrada vacía entre sus {key}</translation>
        </message>
        <message>
            <source>'{text}' appears twice among its {key}</source>
            <translation>«{text}» aparece dos veces entre sus {key}</translation>
        </message>
        <message>
            <source>no choice is marked right</source>
            <translation>ninguna opción está marcada como correcta</translation>
        </message>
        <message>
            <source>its right answer is not among the choices</source>
            <translation>su respuesta correcta no está entre las opciones</translation>
        </message>
        <message>
            <source>it has no accepted answer</source>
            <translation>no tiene ninguna respuesta aceptada</translation>
        </message>
        <message>
            <source>its answer is not a number</source>
            <translation>su respuesta no es un número</translation>
        </message>
        <message>
            <source>its tolerance is not a number of 0 or more</source>
            <translation>su tolerancia no es un número igual o mayor que 0</translation>
        </message>
        <message>
            <source>one of its pairs has an empty right side</source>
            <translation>una de sus parejas tiene el lado derecho vacío</translation>
        </message>
        <message>
            <source>skipped {what}: {why}</source>
            <translation>se omite {what}: {why}</translation>
        </message>
        <message>
            <source>the typo tolerance (typos: {n})</source>
            <translation>la tolerancia a erratas (typos: {n})</translation>
        </message>
        <message>
            <source>the time limit ({seconds} s)</source>
            <translation>el límite de tiempo ({seconds} s)</translation>
        </message>
        <message>
            <source>the difficulty ({value})</source>
            <translation>la dificultad ({value})</translation>
        </message>
        <message>
            <source>the points ({points})</source>
            <translation>los puntos ({points})</translation>
        </message>
        <message>
            <source>the tags after the first ({tags}); GIFT keeps one category</source>
            <translation>las etiquetas después de la primera ({tags}); GIFT guarda una sola categoría</translation>
        </message>
        <message>
            <source>the image</source>
            <comment>has no place for ...</comment>
            <translation>la imagen</translation>
        </message>
        <message>
            <source>the image {name} (it cannot be read)</source>
            <translation>la imagen {name} (no se puede leer)</translation>
        </message>
        <message>
            <source>an item with a brace, a line break or a leading // (not allowed in GIFT ordering items)</source>
            <translation>un elemento con una llave, un salto de línea o // al principio (no se permiten en los elementos de ordenación de GIFT)</translation>
        </message>
        <message>
            <source>the explanation and source quote (GIFT ordering has no feedback)</source>
            <translation>la explicación y la cita de la fuente (la ordenación de GIFT no tiene retroalimentación)</translation>
        </message>
        <message>
            <source>a left side containing `-&gt;` (GIFT cannot escape it)</source>
            <translation>un lado izquierdo que contiene `-&gt;` (GIFT no puede escaparlo)</translation>
        </message>
        <message>
            <source>this question (see above)</source>
            <translation>esta pregunta (ver arriba)</translation>
        </message>
        <message>
            <source>a match question with 2 pairs (Moodle refuses fewer than 3, and would then stop the whole import); add a pair to export it</source>
            <translation>una pregunta de emparejar con 2 parejas (Moodle rechaza menos de 3 y entonces detendría toda la importación); añade una pareja para exportarla</translation>
        </message>
        <message>
            <source>a {type} question (Aiken holds only single-answer choices)</source>
            <translation>una pregunta de tipo {type} (Aiken solo admite preguntas de respuesta única)</translation>
        </message>
        <message>
            <source>the explanation</source>
            <comment>has no place for ...</comment>
            <translation>la explicación</translation>
        </message>
        <message>
            <source>the source quote</source>
            <comment>has no place for ...</comment>
            <translation>la cita de la fuente</translation>
        </message>
        <message>
            <source>the tags</source>
            <comment>has no place for ...</comment>
            <translation>las etiquetas</translation>
        </message>
        <message>
            <source>the time limit</source>
            <comment>has no place for ...</comment>
            <translation>el límite de tiempo</translation>
        </message>
        <message>
            <source>the difficulty</source>
            <comment>has no place for ...</comment>
            <translation>la dificultad</translation>
        </message>
        <message>
            <source>the points</source>
            <comment>has no place for ...</comment>
            <translation>los puntos</translation>
        </message>
        <message>
            <source>line breaks (Aiken keeps each text on one line)</source>
            <translation>los saltos de línea (Aiken escribe cada texto en una sola línea)</translation>
        </message>
        <message>
            <source>the pairs' sides (a left side contains `-&gt;`)</source>
            <translation>los lados de las parejas (un lado izquierdo contiene `-&gt;`)</translation>
        </message>
        <message>
            <source>a `|` inside an answer or tag (it separates them)</source>
            <translation>una `|` dentro de una respuesta o etiqueta (es el separador)</translation>
        </message>
        <message>
            <source>automatic marking (the learner turns the card and judges the answer)</source>
            <translation>la corrección automática (el estudiante da la vuelta a la tarjeta y juzga su respuesta)</translation>
        </message>
        <message>
            <source>exact weights (each right choice is worth {share}%, Moodle's nearest grade to {exact}%)</source>
            <translation>los pesos exactos (cada opción correcta vale el {share} %, la nota de Moodle más cercana a {exact} %)</translation>
        </message>
        <message>
            <source>{format} has no place for {what}; left out</source>
            <translation>{format} no tiene lugar para {what}; se omite</translation>
        </message>
        <message>
            <source>the sound on the front is left out</source>
            <translation>se omite el sonido del anverso</translation>
        </message>
        <message>
            <source>the sound on the back is left out</source>
            <translation>se omite el sonido del reverso</translation>
        </message>
        <message>
            <source>the image on the front ({names}) is left out</source>
            <translation>se omite la imagen del anverso ({names})</translation>
        </message>
        <message>
            <source>the image on the back ({names}) is left out</source>
            <translation>se omite la imagen del reverso ({names})</translation>
        </message>
        <message>
            <source>the general feedback</source>
            <comment>the image in ...</comment>
            <translation>la retroalimentación general</translation>
        </message>
        <message>
            <source>an answer</source>
            <comment>the image in ...</comment>
            <translation>una respuesta</translation>
        </message>
        <message>
            <source>a subquestion</source>
            <comment>the image in ...</comment>
            <translation>una subpregunta</translation>
        </message>
        <message>
            <source>an item</source>
            <comment>the image in ...</comment>
            <translation>un elemento</translation>
        </message>
        <message>
            <source>Qt could not start a PDF</source>
            <translation>Qt no pudo empezar un PDF</translation>
        </message>
        <message>
            <source>the PDF cannot be written: {why}</source>
            <translation>no se puede escribir el PDF: {why}</translation>
        </message>
        <message>
            <source>it could not be read</source>
            <translation>no se pudo leer</translation>
        </message>
        <message>
            <source>the image '{name}' could not be printed ({why}); its alt text is printed in its place</source>
            <translation>no se pudo imprimir la imagen «{name}» ({why}); en su lugar se imprime su texto alternativo</translation>
        </message>
        <message>
            <source>partial credit for '{choice}' is dropped: only the answer worth 100% counts as right</source>
            <translation>se pierde el crédito parcial de «{choice}»: solo cuenta como correcta la respuesta que vale el 100 %</translation>
        </message>
        <message>
            <source>the answers' different weights are dropped: every answer worth more than 0% is a right choice, and the learner must pick exactly those</source>
            <translation>se pierden los distintos pesos de las respuestas: toda respuesta que vale más del 0 % es correcta, y el estudiante debe elegir exactamente esas</translation>
        </message>
        <message>
            <source>a `{` or `}` is missing or out of place; escape a literal brace as \{ or \}</source>
            <translation>falta una `{` o `}` o está fuera de lugar; escribe una llave literal como \{ o \}</translation>
        </message>
        <message>
            <source>the feedback for the answers is left out (our questions have one explanation, not one per answer)</source>
            <translation>se omite la retroalimentación de las respuestas (nuestras preguntas tienen una explicación, no una por respuesta)</translation>
        </message>
        <message>
            <source>the feedback for the answer '{answer}' is left out (our questions have one explanation, not one per answer)</source>
            <translation>se omite la retroalimentación de la respuesta «{answer}» (nuestras preguntas tienen una explicación, no una por respuesta)</translation>
        </message>
        <message>
            <source>the answer '{answer}' uses the wildcard *; left out (we compare whole answers)</source>
            <translation>la respuesta «{answer}» usa el comodín *; se omite (comparamos respuestas enteras)</translation>
        </message>
        <message>
            <source>the answer '{answer}' is worth {weight}%; left out</source>
            <translation>la respuesta «{answer}» vale el {weight} %; se omite</translation>
        </message>
        <message>
            <source>'{text}' is not a number, a number:tolerance or a min..max range</source>
            <translation>«{text}» no es un número, ni número:tolerancia, ni un intervalo mín..máx</translation>
        </message>
        <message>
            <source>only the first of {count} right answers is kept</source>
            <translation>de {count} respuestas correctas solo se conserva la primera</translation>
        </message>
        <message>
            <source>`ANSWER: {answer}` names no option; use one of {letters}</source>
            <translation>`ANSWER: {answer}` no nombra ninguna opción; usa una de {letters}</translation>
        </message>
        <message>
            <source>the options must be lettered A, B, C, ... in order</source>
            <translation>las opciones deben ir con las letras A, B, C, ... en orden</translation>
        </message>
        <message>
            <source>`ANSWER:` comes before any question text and options</source>
            <translation>`ANSWER:` aparece antes de cualquier texto de pregunta y opciones</translation>
        </message>
        <message>
            <source>expected another option (`C. text`) or `ANSWER: X` after the options</source>
            <translation>tras las opciones se espera otra opción (`C. texto`) o `ANSWER: X`</translation>
        </message>
        <message>
            <source>this question has no `ANSWER:` line; add one after its options</source>
            <translation>esta pregunta no tiene línea `ANSWER:`; añade una después de sus opciones</translation>
        </message>
        <message>
            <source>the file is empty; the first row names the columns (see docs/converting.md)</source>
            <translation>el archivo está vacío; la primera fila nombra las columnas (ver docs/converting.md)</translation>
        </message>
        <message>
            <source>columns quizapp does not know are ignored: {columns}</source>
            <translation>se ignoran las columnas que quizapp no conoce: {columns}</translation>
        </message>
        <message>
            <source>the first row must name the columns, with at least `type` and `prompt` (see docs/converting.md)</source>
            <translation>la primera fila debe nombrar las columnas, al menos `type` y `prompt` (ver docs/converting.md)</translation>
        </message>
        <message>
            <source>the CSV cannot be read here: {detail}</source>
            <translation>no se puede leer el CSV aquí: {detail}</translation>
        </message>
        <message>
            <source>unknown type '{value}'; use one of {types}</source>
            <translation>tipo desconocido «{value}»; usa uno de {types}</translation>
        </message>
        <message>
            <source>`{key}` must be a number above 0, not '{value}'</source>
            <translation>`{key}` debe ser un número mayor que 0, no «{value}»</translation>
        </message>
        <message>
            <source>`difficulty` must be easy, medium or hard, not '{value}'</source>
            <translation>`difficulty` debe ser easy, medium o hard, no «{value}»</translation>
        </message>
        <message>
            <source>`answer` must be the letter of a filled option (A to {last}) or its text, not '{value}'</source>
            <translation>`answer` debe ser la letra de una opción rellenada (de la A a la {last}) o su texto, no «{value}»</translation>
        </message>
        <message>
            <source>`answer` must be true or false, not '{value}'</source>
            <translation>`answer` debe ser true o false, no «{value}»</translation>
        </message>
        <message>
            <source>`typos` must be 0, 1, 2 or 3, not '{value}'</source>
            <translation>`typos` debe ser 0, 1, 2 o 3, no «{value}»</translation>
        </message>
        <message>
            <source>`answer` and `tolerance` must be numbers, not '{value}'</source>
            <translation>`answer` y `tolerance` deben ser números, no «{value}»</translation>
        </message>
        <message>
            <source>a match option is `left -&gt; right`, not '{value}'</source>
            <translation>una opción de emparejar es `izquierda -&gt; derecha`, no «{value}»</translation>
        </message>
        <message>
            <source>a single question has one right letter; for several use type multiple</source>
            <translation>una pregunta single tiene una sola letra correcta; para varias usa el tipo multiple</translation>
        </message>
        <message>
            <source>the image in {part} is left out: only a question's own text may have one</source>
            <translation>se omite la imagen de {part}: solo el texto de la propia pregunta puede tener una</translation>
        </message>
        <message>
            <source>the feedback for the answers {answers} is left out (our questions have one explanation, not one per answer)</source>
            <translation>se omite la retroalimentación de las respuestas {answers} (nuestras preguntas tienen una explicación, no una por respuesta)</translation>
        </message>
        <message>
            <source>the hints are left out (our questions have none)</source>
            <translation>se omiten las pistas (nuestras preguntas no tienen)</translation>
        </message>
        <message>
            <source>the question has {count} images; only the first is kept (a question has one image)</source>
            <translation>la pregunta tiene {count} imágenes; solo se conserva la primera (una pregunta tiene una imagen)</translation>
        </message>
        <message>
            <source>the image '{src}' is not in the file and is left out; add it beside the bank and name it under `image:`</source>
            <translation>la imagen «{src}» no está en el archivo y se omite; ponla junto al banco y nómbrala en `image:`</translation>
        </message>
        <message>
            <source>the image '{name}' is named in the text but its file is missing from the XML; left out</source>
            <translation>la imagen «{name}» se nombra en el texto pero su archivo falta en el XML; se omite</translation>
        </message>
        <message>
            <source>the image '{name}' is not valid base64; left out</source>
            <translation>la imagen «{name}» no es base64 válido; se omite</translation>
        </message>
        <message>
            <source>the image was saved as {path} but has no alt text, so it is not attached; describe it and add `{yaml}` to the question</source>
            <translation>la imagen se guardó como {path} pero no tiene texto alternativo, así que no se adjunta; descríbela y añade `{yaml}` a la pregunta</translation>
        </message>
        <message>
            <source>the image was saved as {path}, but this version of quizapp cannot show images in questions; not attached</source>
            <translation>la imagen se guardó como {path}, pero esta versión de quizapp no puede mostrar imágenes en las preguntas; no se adjunta</translation>
        </message>
        <message>
            <source>answers with the wildcard * are left out (we compare whole answers): {answers}</source>
            <translation>se omiten las respuestas con el comodín * (comparamos respuestas enteras): {answers}</translation>
        </message>
        <message>
            <source>answers worth partial credit are left out: {answers}</source>
            <translation>se omiten las respuestas con crédito parcial: {answers}</translation>
        </message>
        <message>
            <source>Moodle compared this answer case-sensitively; quizapp ignores capital letters</source>
            <translation>Moodle comparaba esta respuesta distinguiendo mayúsculas y minúsculas; quizapp no las distingue</translation>
        </message>
        <message>
            <source>the answer '{answer}' is not a number; left out</source>
            <translation>la respuesta «{answer}» no es un número; se omite</translation>
        </message>
        <message>
            <source>units are ignored: learners type the number alone</source>
            <translation>se ignoran las unidades: el estudiante escribe solo el número</translation>
        </message>
        <message>
            <source>only the first of {count} right answers is kept (ours have one number and a tolerance)</source>
            <translation>de {count} respuestas correctas solo se conserva la primera (las nuestras tienen un número y una tolerancia)</translation>
        </message>
        <message>
            <source>the extra wrong answers are left out (our match questions offer only the right sides): {answers}</source>
            <translation>se omiten las respuestas incorrectas adicionales (nuestras preguntas de emparejar solo ofrecen los lados derechos): {answers}</translation>
        </message>
        <message>
            <source>Moodle showed a selection of the items; quizapp shows them all</source>
            <translation>Moodle mostraba una selección de los elementos; quizapp los muestra todos</translation>
        </message>
        <message>
            <source>this is not well-formed XML: {detail}</source>
            <translation>esto no es XML bien formado: {detail}</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;, not &lt;{tag}&gt;</source>
            <translation>un archivo Moodle XML empieza con &lt;quiz&gt;, no con &lt;{tag}&gt;</translation>
        </message>
        <message>
            <source>fields after the second are left out ({count})</source>
            <translation>se omiten los campos después del segundo ({count})</translation>
        </message>
        <message>
            <source>the back is long for a typed answer; the learner must type it exactly (consider shortening it, or a typos: allowance)</source>
            <translation>el reverso es largo para una respuesta escrita; el estudiante debe escribirlo exactamente (plantéate acortarlo o permitir erratas con typos:)</translation>
        </message>
        <message>
            <source>this line cannot be read: {detail}</source>
            <translation>no se puede leer esta línea: {detail}</translation>
        </message>
        <message>
            <source>this is not an Anki package (.apkg files are zip archives)</source>
            <translation>esto no es un paquete de Anki (los archivos .apkg son archivos ZIP)</translation>
        </message>
        <message>
            <source>this package uses the format of Anki 2.1.50 and later, which quizapp cannot read; in Anki, export again with 'Support older Anki versions' ticked</source>
            <translation>este paquete usa el formato de Anki 2.1.50 o posterior, que quizapp no puede leer; en Anki, vuelve a exportarlo marcando «Compatibilidad con versiones antiguas de Anki»</translation>
        </message>
        <message>
            <source>the collection in this package is too large to be a deck of cards</source>
            <translation>la colección de este paquete es demasiado grande para ser un mazo de tarjetas</translation>
        </message>
        <message>
            <source>the package is damaged and cannot be unpacked: {detail}</source>
            <translation>el paquete está dañado y no se puede descomprimir: {detail}</translation>
        </message>
        <message>
            <source>the collection in this package cannot be read: {detail}</source>
            <translation>no se puede leer la colección de este paquete: {detail}</translation>
        </message>
        <message>
            <source>the line numbers of messages about this package count its notes</source>
            <translation>los números de línea de los mensajes sobre este paquete cuentan sus notas</translation>
        </message>
        <message>
            <source>writing .apkg needs the genanki package: pip install 'quizapp[anki]' (or write Anki text, a .txt, instead)</source>
            <translation>para escribir .apkg hace falta el paquete genanki: pip install 'quizapp[anki]' (o escribe texto de Anki, un .txt, en su lugar)</translation>
        </message>
        <message>
            <source>printing to PDF is not part of this version of quizapp</source>
            <translation>imprimir en PDF no forma parte de esta versión de quizapp</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <source>this is not a file</source>
            <translation>esto no es un archivo</translation>
        </message>
        <message>
            <source>the file is {size} MB; at most {limit} MB</source>
            <translation>el archivo ocupa {size} MB; como mucho {limit} MB</translation>
        </message>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>no se puede leer el archivo: {why}</translation>
        </message>
        <message>
            <source>the bank's source text {name} is not next to {dest}, so its quotes cannot be checked; copy it there and add `file: {name}` under `source:`</source>
            <translation>el texto de origen {name} del banco no está junto a {dest}, así que no se pueden comprobar sus citas; cópialo allí y añade `file: {name}` en `source:`</translation>
        </message>
        <message>
            <source>exists already; use --force to replace it</source>
            <translation>ya existe; usa --force para reemplazarlo</translation>
        </message>
        <message>
            <source>is not a regular file; choose another name</source>
            <translation>no es un archivo normal; elige otro nombre</translation>
        </message>
        <message>
            <source>is the source file itself; choose another name</source>
            <translation>es el propio archivo de origen; elige otro nombre</translation>
        </message>
        <message>
            <source>{format} can only be written</source>
            <translation>{format} solo se puede escribir</translation>
        </message>
        <message numerus="yes">
            <source>the %n question(s) would make a bank of {size} MB, and a bank may be at most {limit} MB; split the file and convert the parts into separate banks</source>
            <translation>
                <numerusform>la %n pregunta daría un banco de {size} MB, y un banco puede ocupar como mucho {limit} MB; divide el archivo y convierte las partes en bancos separados</numerusform>
                <numerusform>las %n preguntas darían un banco de {size} MB, y un banco puede ocupar como mucho {limit} MB; divide el archivo y convierte las partes en bancos separados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>no such file (give a plain .txt file)</source>
            <translation>no existe el archivo (indica un archivo .txt sencillo)</translation>
        </message>
        <message>
            <source>the text is over 2 MB; split it into chapters</source>
            <translation>el texto pasa de 2 MB; divídelo en capítulos</translation>
        </message>
        <message>
            <source>the text is not UTF-8; save it as UTF-8 first</source>
            <translation>el texto no está en UTF-8; guárdalo antes como UTF-8</translation>
        </message>
        <message>
            <source>cannot read the text: {why}</source>
            <translation>no se puede leer el texto: {why}</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the disk or folder is read-only</source>
            <translation>el disco o la carpeta es de solo lectura</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>a folder is in the way where a file should be</source>
            <translation>hay una carpeta donde debería haber un archivo</translation>
        </message>
        <message>
            <source>a file is in the way where a folder should be</source>
            <translation>hay un archivo donde debería haber una carpeta</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>no existe</translation>
        </message>
        <message>
            <source>it is a symbolic link, and quizapp never reads or writes through links there</source>
            <translation>es un enlace simbólico, y quizapp nunca lee ni escribe a través de enlaces ahí</translation>
        </message>
        <message>
            <source>it is not a regular file (a device, a pipe or a socket)</source>
            <translation>no es un archivo normal (un dispositivo, una tubería o un socket)</translation>
        </message>
        <message>
            <source>the file is too big</source>
            <translation>el archivo es demasiado grande</translation>
        </message>
        <message>
            <source>the name is not valid here (too long, or a character the system refuses)</source>
            <translation>el nombre no es válido aquí (demasiado largo, o con un carácter que el sistema rechaza)</translation>
        </message>
        <message>
            <source>too many levels of symbolic links</source>
            <translation>demasiados niveles de enlaces simbólicos</translation>
        </message>
        <message>
            <source>the disk reported an input/output error (was it removed?)</source>
            <translation>el disco informó de un error de entrada/salida (¿se ha extraído?)</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>otro programa lo está usando</translation>
        </message>
        <message>
            <source>the system refused it</source>
            <translation>el sistema lo ha rechazado</translation>
        </message>
        <message>
            <source>Free some space on that disk.</source>
            <translation>Libera espacio en ese disco.</translation>
        </message>
        <message>
            <source>Choose a folder that can be written to.</source>
            <translation>Elige una carpeta en la que se pueda escribir.</translation>
        </message>
        <message>
            <source>Choose a folder you may use, or ask for access to it.</source>
            <translation>Elige una carpeta que puedas usar, o pide acceso a ella.</translation>
        </message>
        <message>
            <source>Move the folder away or choose another name.</source>
            <translation>Mueve la carpeta a otro sitio o elige otro nombre.</translation>
        </message>
        <message>
            <source>Move that file away or choose another folder.</source>
            <translation>Mueve ese archivo a otro sitio o elige otra carpeta.</translation>
        </message>
        <message>
            <source>Check the path.</source>
            <translation>Comprueba la ruta.</translation>
        </message>
        <message>
            <source>Give the real path instead of the link.</source>
            <translation>Indica la ruta real en lugar del enlace.</translation>
        </message>
        <message>
            <source>Give the path of an ordinary file.</source>
            <translation>Indica la ruta de un archivo normal.</translation>
        </message>
        <message>
            <source>Check that it is the right file.</source>
            <translation>Comprueba que sea el archivo correcto.</translation>
        </message>
        <message>
            <source>Choose a shorter, plainer name.</source>
            <translation>Elige un nombre más corto y sencillo.</translation>
        </message>
        <message>
            <source>Check the disk, then try again.</source>
            <translation>Comprueba el disco y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Close the other program, then try again.</source>
            <translation>Cierra el otro programa y vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>lrs</name>
        <message>
            <source>no answer in time</source>
            <translation>sin respuesta a tiempo</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>conexión rechazada</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>se cortó la conexión</translation>
        </message>
        <message>
            <source>the name cannot be looked up</source>
            <translation>no se puede resolver el nombre</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the statements ({status}: {detail}).</source>
            <translation>El LRS de {url} rechazó las declaraciones ({status}: {detail}).</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the statements ({status}).</source>
            <translation>El LRS de {url} rechazó las declaraciones ({status}).</translation>
        </message>
        <message>
            <source>The LRS endpoint '{url}' is not a web address; give one like https://lrs.school.example/xAPI/</source>
            <translation>El endpoint del LRS '{url}' no es una dirección web; indica una como https://lrs.school.example/xAPI/</translation>
        </message>
        <message>
            <source>The LRS endpoint address holds a user name or password; give the key and secret separately (see docs/lrs.md), never in the address.</source>
            <translation>La dirección del endpoint del LRS contiene un usuario o una contraseña; indica la clave y el secreto por separado (ver docs/lrs.md), nunca en la dirección.</translation>
        </message>
        <message>
            <source>The LRS at {url} needs a key and a secret: set them in the preset's `lrs:` or in QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET.</source>
            <translation>El LRS de {url} necesita una clave y un secreto: ponlos en el `lrs:` de la plantilla o en QUIZAPP_LRS_KEY y QUIZAPP_LRS_SECRET.</translation>
        </message>
        <message>
            <source>No LRS is named: give --endpoint, an `lrs: endpoint:` in the preset, or {env}.</source>
            <translation>No se ha indicado ningún LRS: usa --endpoint, un `lrs: endpoint:` en la plantilla, o {env}.</translation>
        </message>
        <message>
            <source>Name the school's web address: `lrs: home_page:` or {env}.</source>
            <translation>Indica la dirección web del centro: `lrs: home_page:` o {env}.</translation>
        </message>
        <message>
            <source>The preset asks for pseudonyms but {env} is not set on this machine: nothing is sent until it is (the statements are kept).</source>
            <translation>La plantilla pide seudónimos, pero {env} no está definida en este ordenador: no se envía nada hasta que lo esté (las declaraciones se conservan).</translation>
        </message>
        <message>
            <source>Give --key and --secret together (or neither, to use the preset's).</source>
            <translation>Indica --key y --secret juntos (o ninguno, para usar los de la plantilla).</translation>
        </message>
        <message>
            <source>The LRS at {url} answered without statements.</source>
            <translation>El LRS de {url} respondió sin declaraciones.</translation>
        </message>
        <message>
            <source>The LRS at {url} answers and accepts this key.</source>
            <translation>El LRS de {url} responde y acepta esta clave.</translation>
        </message>
        <message>
            <source>The LRS at {url} accepts this key, but it may not read statements (that is enough for sending).</source>
            <translation>El LRS de {url} acepta esta clave, pero no puede leer declaraciones (para enviar es suficiente).</translation>
        </message>
        <message>
            <source>The LRS at {url} answered {status}; the statements are kept and sent later.</source>
            <translation>El LRS de {url} respondió {status}; las declaraciones se conservan y se envían más tarde.</translation>
        </message>
        <message>
            <source>The LRS at {url} cannot be reached ({why}); the statements are kept and sent later.</source>
            <translation>No se puede llegar al LRS de {url} ({why}); las declaraciones se conservan y se envían más tarde.</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the key and secret ({status}): check them in the preset's `lrs:` or in QUIZAPP_LRS_KEY / QUIZAPP_LRS_SECRET. The statements are kept and sent once they are right.</source>
            <translation>El LRS de {url} rechazó la clave y el secreto ({status}): revísalos en el `lrs:` de la plantilla o en QUIZAPP_LRS_KEY / QUIZAPP_LRS_SECRET. Las declaraciones se conservan y se envían cuando sean correctos.</translation>
        </message>
        <message>
            <source>There is no xAPI statements resource at {url} (404): the endpoint is the address ending before `statements`, often …/xAPI/.</source>
            <translation>No hay ningún recurso de declaraciones xAPI en {url} (404): el endpoint es la dirección que termina antes de `statements`, a menudo …/xAPI/.</translation>
        </message>
        <message>
            <source>Sending to the LRS failed (the log says why).</source>
            <translation>Falló el envío al LRS (el registro dice por qué).</translation>
        </message>
    </context>
    <context>
        <name>preset</name>
        <message>
            <source>the preset</source>
            <comment>subject</comment>
            <translation>la plantilla</translation>
        </message>
        <message>
            <source>in the preset</source>
            <translation>en la plantilla</translation>
        </message>
        <message>
            <source>the results folder {folder} is not a folder; create it, or plug in its stick. quizapp never creates it, and keeps results on each machine until it is there</source>
            <translation>la carpeta de resultados {folder} no es una carpeta; créala o conecta su memoria USB. quizapp nunca la crea y guarda los resultados en cada equipo hasta que esté disponible</translation>
        </message>
        <message>
            <source>the results folder {folder} does not exist (yet); create it, or plug in its stick. quizapp never creates it, and keeps results on each machine until it is there</source>
            <translation>la carpeta de resultados {folder} no existe (todavía); créala o conecta su memoria USB. quizapp nunca la crea y guarda los resultados en cada equipo hasta que esté disponible</translation>
        </message>
        <message>
            <source>there is no bank '{bank}' in the library{suggestion} (the library has {known})</source>
            <translation>no hay ningún banco de preguntas «{bank}» en la biblioteca{suggestion} (la biblioteca tiene {known})</translation>
        </message>
        <message>
            <source>there is no bank '{bank}' in the library{suggestion}</source>
            <translation>no hay ningún banco de preguntas «{bank}» en la biblioteca{suggestion}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <comment>a list of bank ids</comment>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <source>the file is too large for a preset; a preset is a few lines</source>
            <translation>el archivo es demasiado grande para una plantilla; una plantilla son unas pocas líneas</translation>
        </message>
        <message>
            <source>the preset file cannot be read: {why}</source>
            <translation>no se puede leer el archivo de la plantilla: {why}</translation>
        </message>
        <message>
            <source>the preset's file name contains a NUL character</source>
            <translation>el nombre de archivo de la plantilla contiene un carácter NUL</translation>
        </message>
        <message>
            <source>the file is empty; a preset needs `title:`, `banks:` and `results:`</source>
            <translation>el archivo está vacío; una plantilla necesita `title:`, `banks:` y `results:`</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a preset</source>
            <translation>el archivo está demasiado anidado para ser una plantilla</translation>
        </message>
        <message>
            <source>the file starts with a list; a preset is a set of `key: value` lines like `title:`, `banks:` and `results:`</source>
            <translation>el archivo empieza con una lista; una plantilla es un conjunto de líneas `clave: valor` como `title:`, `banks:` y `results:`</translation>
        </message>
        <message>
            <source>`title:` is missing; add a line like `title: Week 3 review`</source>
            <translation>falta `title:`; añade una línea como `title: Repaso de la semana 3`</translation>
        </message>
        <message>
            <source>the preset id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example '{example}')</source>
            <translation>el id de plantilla «{value}» solo puede usar a-z, 0-9, «.», «_» y «-» (por ejemplo «{example}»)</translation>
        </message>
        <message>
            <source>`mode` must be practice or exam, not '{value}'{suggestion}</source>
            <translation>`mode` debe ser practice o exam, no «{value}»{suggestion}</translation>
        </message>
        <message>
            <source>`banks:` is missing; name the ids of the banks to ask from, e.g. `banks: [azerbaijan-us-relations]`</source>
            <translation>falta `banks:`; indica los id de los bancos de preguntas de los que se pregunta, p. ej. `banks: [azerbaijan-us-relations]`</translation>
        </message>
        <message>
            <source>'{value}' is not a bank id: a bank id uses only a-z, 0-9, '.', '_' and '-' (it is the bank's `id:`, or its file name without .yaml)</source>
            <translation>«{value}» no es un id de banco: un id de banco solo usa a-z, 0-9, «.», «_» y «-» (es el `id:` del banco, o el nombre de su archivo sin .yaml)</translation>
        </message>
        <message>
            <source>`difficulty` must be easy, medium or hard, not '{value}'{suggestion}</source>
            <translation>`difficulty` debe ser easy, medium o hard, no «{value}»{suggestion}</translation>
        </message>
        <message>
            <source>'{value}' names the bank '{bank}', which is not in `banks`</source>
            <translation>«{value}» nombra el banco «{bank}», que no está en `banks`</translation>
        </message>
        <message>
            <source>the question id '{value}' is in {banks}; write it as bank-id/{value}</source>
            <translation>el id de pregunta «{value}» está en {banks}; escríbelo como id-del-banco/{value}</translation>
        </message>
        <message>
            <source>with more than one bank, write the question as bank-id/{value}</source>
            <translation>con más de un banco, escribe la pregunta como id-del-banco/{value}</translation>
        </message>
        <message>
            <source>no bank in `banks` has a question '{value}'</source>
            <translation>ningún banco de `banks` tiene una pregunta «{value}»</translation>
        </message>
        <message>
            <source>`questions` is how many questions to ask (a number, or `all`); to pick questions by id, list them under `filters:` as `questions: [...]`</source>
            <translation>`questions` es cuántas preguntas se hacen (un número, o `all`); para elegir preguntas por id, ponlas bajo `filters:` como `questions: [...]`</translation>
        </message>
        <message>
            <source>`{name}` is in seconds and must be more than 0 and at most {high} (or `off` for no limit)</source>
            <translation>`{name}` va en segundos y debe ser mayor que 0 y como máximo {high} (o `off` para no tener límite)</translation>
        </message>
        <message>
            <source>`time_limit` takes `quiz:` and/or `question:` in seconds, e.g. `time_limit: {quiz: 600, question: 60}` (or `time_limit: off`)</source>
            <translation>`time_limit` admite `quiz:` y/o `question:` en segundos, p. ej. `time_limit: {quiz: 600, question: 60}` (o `time_limit: off`)</translation>
        </message>
        <message>
            <source>`feedback` must be after_each, end, score or none, not '{value}'{suggestion}</source>
            <translation>`feedback` debe ser after_each, end, score o none, no «{value}»{suggestion}</translation>
        </message>
        <message>
            <source>an exam shows feedback only at the end; write `feedback: end` (or `none`), or use `mode: practice` for feedback after each question</source>
            <translation>un examen solo muestra la corrección al final; escribe `feedback: end` (o `none`), o usa `mode: practice` para corregir después de cada pregunta</translation>
        </message>
        <message>
            <source>`results:` is missing; name the folder where results are collected, e.g. `results: week3-results` (a relative folder is next to this file)</source>
            <translation>falta `results:`; indica la carpeta donde se recogen los resultados, p. ej. `results: week3-results` (una carpeta relativa está junto a este archivo)</translation>
        </message>
        <message>
            <source>`results:` is not a usable folder name: {why}</source>
            <translation>`results:` no es un nombre de carpeta válido: {why}</translation>
        </message>
        <message>
            <source>`results: {value}`: that home folder does not exist</source>
            <translation>`results: {value}`: esa carpeta personal no existe</translation>
        </message>
        <message>
            <source>`results: {value}` is a system folder ({folder}); results belong in a folder of their own, e.g. `results: week3-results` next to this file</source>
            <translation>`results: {value}` es una carpeta del sistema ({folder}); los resultados van en una carpeta propia, p. ej. `results: week3-results` junto a este archivo</translation>
        </message>
        <message>
            <source>no question of the chosen banks has the tag '{tag}'{suggestion}</source>
            <translation>ninguna pregunta de los bancos elegidos tiene la etiqueta «{tag}»{suggestion}</translation>
        </message>
        <message>
            <source>the bank '{bank}' has no question '{question}'{suggestion}</source>
            <translation>el banco «{bank}» no tiene ninguna pregunta «{question}»{suggestion}</translation>
        </message>
        <message>
            <source>no question of the chosen banks matches these filters</source>
            <translation>ninguna pregunta de los bancos elegidos cumple estos filtros</translation>
        </message>
        <message numerus="yes">
            <source>the filters match only %n question(s), so a learner gets %n, not {count}</source>
            <translation>
                <numerusform>los filtros solo coinciden con %n pregunta, así que cada estudiante recibe %n, no {count}</numerusform>
                <numerusform>los filtros solo coinciden con %n preguntas, así que cada estudiante recibe %n, no {count}</numerusform>
            </translation>
        </message>
        <message>
            <source>`learners` must be names or pseudonyms, not '{value}'{suggestion}</source>
            <translation>`learners` debe ser names o pseudonyms, no «{value}»{suggestion}</translation>
        </message>
        <message>
            <source>`pass_mark` is a percentage from 0 to 100, e.g. `pass_mark: 60`</source>
            <translation>`pass_mark` es un porcentaje de 0 a 100, p. ej. `pass_mark: 60`</translation>
        </message>
        <message>
            <source>`lrs` has a {given} but no {missing}; give both, or neither and set QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET on the machines</source>
            <translation>`lrs` tiene {given} pero no {missing}; indica ambos, o ninguno y define QUIZAPP_LRS_KEY y QUIZAPP_LRS_SECRET en los equipos</translation>
        </message>
        <message>
            <source>the LRS secret is in the preset file, which learners may be able to read; prefer QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (see docs/lrs.md)</source>
            <translation>el secreto del LRS está en el archivo de la plantilla, que los estudiantes quizá puedan leer; mejor usa QUIZAPP_LRS_KEY y QUIZAPP_LRS_SECRET (consulta docs/lrs.md)</translation>
        </message>
        <message>
            <source>`lrs` needs `{name}:`, a web address like {example}</source>
            <translation>`lrs` necesita `{name}:`, una dirección web como {example}</translation>
        </message>
        <message>
            <source>`{name}` must be a web address like {example}, not '{value}'</source>
            <translation>`{name}` debe ser una dirección web como {example}, no «{value}»</translation>
        </message>
        <message>
            <source>`{name}` must not hold a user name or password; give `key:` and `secret:` (or QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET) instead</source>
            <translation>`{name}` no debe contener un nombre de usuario ni una contraseña; indica en su lugar `key:` y `secret:` (o QUIZAPP_LRS_KEY y QUIZAPP_LRS_SECRET)</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>no se puede leer el archivo: {why}</translation>
        </message>
        <message>
            <source>the file cannot be read: it is over {mb} MB, too large for a result</source>
            <translation>no se puede leer el archivo: pasa de {mb} MB, demasiado para un resultado</translation>
        </message>
        <message>
            <source>the file's name cannot be used</source>
            <translation>el nombre del archivo no se puede usar</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (it is damaged)</source>
            <translation>el archivo no es texto UTF-8 (está dañado)</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a result</source>
            <translation>el archivo está demasiado anidado para ser un resultado</translation>
        </message>
        <message>
            <source>the file is not valid JSON (it is damaged or cut short at line {line}, column {column})</source>
            <translation>el archivo no es JSON válido (está dañado o cortado en la línea {line}, columna {column})</translation>
        </message>
        <message>
            <source>the file holds NaN or Infinity, which is not a number a result can hold</source>
            <translation>el archivo contiene NaN o Infinity, que no es un número que pueda contener un resultado</translation>
        </message>
        <message>
            <source>the file holds text that is not valid Unicode</source>
            <translation>el archivo contiene texto que no es Unicode válido</translation>
        </message>
        <message>
            <source>the file holds a number too large to be real</source>
            <translation>el archivo contiene un número demasiado grande para ser real</translation>
        </message>
        <message>
            <source>the file should be a JSON object</source>
            <translation>el archivo debería ser un objeto JSON</translation>
        </message>
        <message>
            <source>this is not a quizapp classroom result file</source>
            <translation>no es un archivo de resultados de clase de quizapp</translation>
        </message>
        <message>
            <source>the file is in format version {version}, written by a newer quizapp; update quizapp to read it</source>
            <translation>el archivo está en la versión de formato {version}, escrita por un quizapp más nuevo; actualiza quizapp para leerlo</translation>
        </message>
        <message>
            <source>the file's checksum does not match its content (it is damaged)</source>
            <translation>la suma de comprobación del archivo no coincide con su contenido (está dañado)</translation>
        </message>
        <message>
            <source>the file is damaged: {detail}</source>
            <translation>el archivo está dañado: {detail}</translation>
        </message>
        <message>
            <source>`{field}` is missing</source>
            <comment>a key of a result file</comment>
            <translation>falta `{field}`</translation>
        </message>
        <message>
            <source>`{field}` should be a JSON object</source>
            <translation>`{field}` debería ser un objeto JSON</translation>
        </message>
        <message>
            <source>`{field}` should be a list</source>
            <translation>`{field}` debería ser una lista</translation>
        </message>
        <message>
            <source>`{field}` should be text</source>
            <translation>`{field}` debería ser texto</translation>
        </message>
        <message>
            <source>`{field}` should be a number</source>
            <translation>`{field}` debería ser un número</translation>
        </message>
        <message>
            <source>`{field}` should be a whole number</source>
            <translation>`{field}` debería ser un número entero</translation>
        </message>
        <message>
            <source>`{field}` should be true or false</source>
            <translation>`{field}` debería ser true o false</translation>
        </message>
        <message>
            <source>`{field}` is out of range</source>
            <translation>`{field}` está fuera de rango</translation>
        </message>
        <message>
            <source>`{field}` is not a date and time</source>
            <translation>`{field}` no es una fecha y hora</translation>
        </message>
        <message>
            <source>`{field}` has no time zone</source>
            <translation>`{field}` no tiene zona horaria</translation>
        </message>
        <message>
            <source>`{field}` is empty</source>
            <translation>`{field}` está vacío</translation>
        </message>
        <message>
            <source>its answers and its question order do not agree</source>
            <translation>sus respuestas y su orden de preguntas no coinciden</translation>
        </message>
        <message>
            <source>a score of {value} is not between 0 and 1</source>
            <translation>una puntuación de {value} no está entre 0 y 1</translation>
        </message>
        <message>
            <source>its content does not fit together</source>
            <translation>su contenido no encaja</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bank(s)</source>
            <translation>
                <numerusform>%n banco de preguntas</numerusform>
                <numerusform>%n bancos de preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft question(s)</source>
            <translation>
                <numerusform>%n borrador de pregunta</numerusform>
                <numerusform>%n borradores de preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicado</numerusform>
                <numerusform>%n duplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n preset(s)</source>
            <translation>
                <numerusform>%n plantilla</numerusform>
                <numerusform>%n plantillas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s)</source>
            <translation>
                <numerusform>%n archivo ilegible</numerusform>
                <numerusform>%n archivos ilegibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <source>too easy</source>
            <comment>a question's flag</comment>
            <translation>demasiado fácil</translation>
        </message>
        <message>
            <source>too hard</source>
            <comment>a question's flag</comment>
            <translation>demasiado difícil</translation>
        </message>
        <message>
            <source>negative discrimination</source>
            <comment>a question's flag</comment>
            <translation>discriminación negativa</translation>
        </message>
        <message>
            <source>{value}%</source>
            <comment>a whole percentage</comment>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>not finished</source>
            <comment>how an attempt ended</comment>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>how an attempt ended</comment>
            <translation>terminado</translation>
        </message>
        <message>
            <source>time ran out</source>
            <comment>how an attempt ended</comment>
            <translation>se acabó el tiempo</translation>
        </message>
        <message>
            <source>ended early</source>
            <comment>how an attempt ended</comment>
            <translation>terminado antes de tiempo</translation>
        </message>
        <message>
            <source>interrupted</source>
            <comment>how an attempt ended</comment>
            <translation>interrumpido</translation>
        </message>
        <message>
            <source>practice</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>práctica</translation>
        </message>
        <message>
            <source>exam</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>examen</translation>
        </message>
        <message>
            <source>my mistakes</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>mis errores</translation>
        </message>
        <message>
            <source>review</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>repaso</translation>
        </message>
        <message>
            <source>single choice</source>
            <comment>a question's type</comment>
            <translation>opción única</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <comment>a question's type</comment>
            <translation>opción múltiple</translation>
        </message>
        <message>
            <source>true/false</source>
            <comment>a question's type</comment>
            <translation>verdadero/falso</translation>
        </message>
        <message>
            <source>short answer</source>
            <comment>a question's type</comment>
            <translation>respuesta corta</translation>
        </message>
        <message>
            <source>number</source>
            <comment>a question's type</comment>
            <translation>número</translation>
        </message>
        <message>
            <source>order</source>
            <comment>a question's type</comment>
            <translation>ordenar</translation>
        </message>
        <message>
            <source>match</source>
            <comment>a question's type</comment>
            <translation>emparejar</translation>
        </message>
        <message>
            <source>pick one</source>
            <comment>how to answer</comment>
            <translation>elige una</translation>
        </message>
        <message>
            <source>tick every right choice</source>
            <comment>how to answer</comment>
            <translation>marca todas las correctas</translation>
        </message>
        <message>
            <source>true or false</source>
            <comment>how to answer</comment>
            <translation>verdadero o falso</translation>
        </message>
        <message>
            <source>type a short answer</source>
            <comment>how to answer</comment>
            <translation>escribe una respuesta corta</translation>
        </message>
        <message>
            <source>type a number</source>
            <comment>how to answer</comment>
            <translation>escribe un número</translation>
        </message>
        <message>
            <source>put in order</source>
            <comment>how to answer</comment>
            <translation>ordena</translation>
        </message>
        <message>
            <source>match the pairs</source>
            <comment>how to answer</comment>
            <translation>empareja</translation>
        </message>
        <message>
            <source>True</source>
            <comment>a true/false answer</comment>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>False</source>
            <comment>a true/false answer</comment>
            <translation>Falso</translation>
        </message>
        <message>
            <source>Practice</source>
            <comment>a quiz's mode</comment>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Exam</source>
            <comment>a quiz's mode</comment>
            <translation>Examen</translation>
        </message>
        <message>
            <source>My mistakes</source>
            <comment>a quiz's mode</comment>
            <translation>Mis errores</translation>
        </message>
        <message>
            <source>Due for review</source>
            <comment>a quiz's mode</comment>
            <translation>Para repasar</translation>
        </message>
        <message numerus="yes">
            <source>{hits} of the {right} right choices picked and %n wrong pick(s):</source>
            <translation>
                <numerusform>{hits} de las {right} opciones correctas elegidas y %n incorrecta:</numerusform>
                <numerusform>{hits} de las {right} opciones correctas elegidas y %n incorrectas:</numerusform>
            </translation>
        </message>
        <message>
            <source>(never below 0)</source>
            <translation>(nunca menos de 0)</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <comment>a quoted word</comment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <comment>a list of alternatives</comment>
            <translation>{items} o {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>A leading {articles} does not count when answers are compared.</source>
            <translation>Un {articles} al principio no cuenta al comparar las respuestas.</translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed for an answer that short.</source>
            <translation>
                <numerusform>Está a {distance} cambios de «{closest}»; en una respuesta tan corta se admite como máximo %n.</numerusform>
                <numerusform>Está a {distance} cambios de «{closest}»; en una respuesta tan corta se admiten como máximo %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed.</source>
            <translation>
                <numerusform>Está a {distance} cambios de «{closest}»; se admite como máximo %n.</numerusform>
                <numerusform>Está a {distance} cambios de «{closest}»; se admiten como máximo %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No number was given.</source>
            <translation>No se ha escrito ningún número.</translation>
        </message>
        <message>
            <source>'{text}' is too large a number.</source>
            <translation>«{text}» es un número demasiado grande.</translation>
        </message>
        <message>
            <source>'{text}' divides by zero.</source>
            <translation>«{text}» divide entre cero.</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write decimals with a comma (1,5), and use a point only between groups of three digits (1.998).</source>
            <translation>«{text}» es ambiguo: escribe los decimales con coma (1,5) y usa el punto solo entre grupos de tres cifras (1.998).</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write decimals with a point (1.5), and use a comma only between groups of three digits (1,998).</source>
            <translation>«{text}» es ambiguo: escribe los decimales con punto (1.5) y usa la coma solo entre grupos de tres cifras (1,998).</translation>
        </message>
        <message>
            <source>'{text}' is not a number.</source>
            <translation>«{text}» no es un número.</translation>
        </message>
        <message>
            <source>Read as {value}</source>
            <translation>Leído como {value}</translation>
        </message>
        <message>
            <source>No answer was given.</source>
            <translation>No se dio ninguna respuesta.</translation>
        </message>
        <message>
            <source>Time ran out before an answer was given.</source>
            <translation>Se acabó el tiempo antes de dar una respuesta.</translation>
        </message>
        <message>
            <source>Time ran out; what you had entered was submitted.</source>
            <translation>Se acabó el tiempo; se entregó lo que habías escrito.</translation>
        </message>
        <message>
            <source>'{answer}' is also accepted.</source>
            <translation>«{answer}» también se acepta.</translation>
        </message>
        <message>
            <source>Your answer was accepted as a close spelling of '{closest}'.</source>
            <translation>Tu respuesta se aceptó como una grafía cercana a «{closest}».</translation>
        </message>
        <message>
            <source>This question has no number to compare with.</source>
            <translation>Esta pregunta no tiene ningún número con el que comparar.</translation>
        </message>
        <message>
            <source>{value} is within ± {tolerance} of {answer}.</source>
            <translation>{value} está dentro de ± {tolerance} de {answer}.</translation>
        </message>
        <message>
            <source>{value} is {off} away from the answer; answers within ± {tolerance} are accepted.</source>
            <translation>{value} está a {off} de la respuesta; se aceptan respuestas dentro de ± {tolerance}.</translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n neighbouring pair(s) are in the right order.</source>
            <translation>
                <numerusform>{right} de %n par contiguo está en el orden correcto.</numerusform>
                <numerusform>{right} de los %n pares contiguos están en el orden correcto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n pair(s) are matched right.</source>
            <translation>
                <numerusform>{right} de %n pareja está bien emparejada.</numerusform>
                <numerusform>{right} de las %n parejas están bien emparejadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>El cuestionario no puede empezar</translation>
        </message>
        <message>
            <source>This quiz cannot be resumed</source>
            <translation>Este cuestionario no se puede reanudar</translation>
        </message>
        <message>
            <source>This attempt cannot be opened</source>
            <translation>Este intento no se puede abrir</translation>
        </message>
        <message>
            <source>The classroom session cannot start</source>
            <translation>La sesión de clase no puede empezar</translation>
        </message>
        <message>
            <source>This preset cannot be used</source>
            <translation>Esta plantilla no se puede usar</translation>
        </message>
        <message>
            <source>The preset {path} has mistakes, so the classroom session cannot start:

{detail}

Correct them in the file (`quizapp validate` lists the same), then start again.</source>
            <translation>La plantilla {path} tiene errores, así que la sesión de clase no puede empezar:

{detail}

Corrígelos en el archivo (`quizapp validate` muestra los mismos) y vuelve a empezar.</translation>
        </message>
        <message>
            <source>The outbox {outbox} cannot be written either ({why}).</source>
            <translation>Tampoco se puede escribir en la bandeja de salida {outbox} ({why}).</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there (is the USB stick plugged in, or the shared folder connected?).</source>
            <translation>La carpeta de resultados {folder} no está (¿está conectada la memoria USB, o la carpeta compartida?).</translation>
        </message>
        <message>
            <source>The results folder {folder} is not a folder.</source>
            <translation>La carpeta de resultados {folder} no es una carpeta.</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there any more.</source>
            <translation>La carpeta de resultados {folder} ya no está.</translation>
        </message>
        <message>
            <source>The results folder {folder} cannot be written to: {why}.</source>
            <translation>No se puede escribir en la carpeta de resultados {folder}: {why}.</translation>
        </message>
        <message>
            <source>The waiting result {path} cannot be read ({detail}).</source>
            <translation>No se puede leer el resultado en espera {path} ({detail}).</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) kept on this machine will be delivered when it is back.</source>
            <translation>
                <numerusform>%n resultado guardado en este equipo se entregará cuando vuelva a estar disponible.</numerusform>
                <numerusform>%n resultados guardados en este equipo se entregarán cuando vuelva a estar disponible.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers are kept while quizapp stays open and are saved as soon as it can write.</source>
            <translation>Tus respuestas se conservan mientras quizapp siga abierto y se guardan en cuanto pueda escribir.</translation>
        </message>
        <message>
            <source>You can still take quizzes; answers are kept while quizapp stays open and saved as soon as it can write.</source>
            <translation>Puedes seguir haciendo cuestionarios; las respuestas se conservan mientras quizapp siga abierto y se guardan en cuanto pueda escribir.</translation>
        </message>
        <message>
            <source>It was moved to {moved} (kept, not deleted).</source>
            <translation>Se ha movido a {moved} (se conserva, no se ha borrado).</translation>
        </message>
        <message>
            <source>Nothing was moved.</source>
            <translation>No se ha movido nada.</translation>
        </message>
        <message>
            <source>process {pid} on {host}, since {since}</source>
            <translation>proceso {pid} en {host}, desde {since}</translation>
        </message>
        <message>
            <source>process {pid} on {host}</source>
            <translation>proceso {pid} en {host}</translation>
        </message>
        <message>
            <source>quizapp is already open for the data folder {folder} ({who}). Switch to that window, or close it first. A lab machine can give each session its own folder with --data-dir.</source>
            <translation>quizapp ya está abierto para la carpeta de datos {folder} ({who}). Cambia a esa ventana o ciérrala primero. Un equipo de aula puede dar a cada sesión su propia carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>quizapp is already open for the data folder {folder}. Switch to that window, or close it first. A lab machine can give each session its own folder with --data-dir.</source>
            <translation>quizapp ya está abierto para la carpeta de datos {folder}. Cambia a esa ventana o ciérrala primero. Un equipo de aula puede dar a cada sesión su propia carpeta con --data-dir.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) could not be saved to {folder}.</source>
            <translation>
                <numerusform>No se ha podido guardar %n respuesta en {folder}.</numerusform>
                <numerusform>No se han podido guardar %n respuestas en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>They were written to {fallback} instead; keep that file.</source>
            <translation>Se han escrito en {fallback} en su lugar; conserva ese archivo.</translation>
        </message>
        <message>
            <source>The session state cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>No se puede guardar el estado de la sesión: no es JSON simple ({detail}).</translation>
        </message>
        <message>
            <source>The quiz configuration cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>No se puede guardar la configuración del cuestionario: no es JSON simple ({detail}).</translation>
        </message>
        <message>
            <source>{what} cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>No se puede guardar {what}: no es JSON simple ({detail}).</translation>
        </message>
        <message>
            <source>The progress file was damaged ({problem}). {moved} Progress was restored from the backup made on {made}: answers given after that time are missing.</source>
            <translation>El archivo de progreso estaba dañado ({problem}). {moved} El progreso se ha restaurado a partir de la copia de seguridad del {made}: faltan las respuestas dadas después de ese momento.</translation>
        </message>
        <message>
            <source>The progress file was damaged ({problem}) and there is no usable backup. {moved} Progress starts again from empty.</source>
            <translation>El archivo de progreso estaba dañado ({problem}) y no hay ninguna copia de seguridad utilizable. {moved} El progreso empieza de nuevo desde cero.</translation>
        </message>
        <message>
            <source>Progress cannot be written: {why}.</source>
            <translation>No se puede escribir el progreso: {why}.</translation>
        </message>
        <message>
            <source>The progress file {path} is missing and cannot be restored now: {why}. Progress is shown from the backup made on {made}; it is restored, and your new answers saved, as soon as quizapp can write there.</source>
            <translation>Falta el archivo de progreso {path} y no se puede restaurar ahora: {why}. El progreso se muestra a partir de la copia de seguridad del {made}; se restaurará, y se guardarán tus nuevas respuestas, en cuanto quizapp pueda escribir ahí.</translation>
        </message>
        <message>
            <source>Progress cannot be saved: {why}. Choose a folder quizapp can write to with --data-dir (or QUIZAPP_DATA_DIR).</source>
            <translation>No se puede guardar el progreso: {why}. Elige con --data-dir (o QUIZAPP_DATA_DIR) una carpeta en la que quizapp pueda escribir.</translation>
        </message>
        <message>
            <source>There is no saved progress in {folder} yet.</source>
            <translation>Todavía no hay progreso guardado en {folder}.</translation>
        </message>
        <message>
            <source>Cannot read the progress file: {why}</source>
            <translation>No se puede leer el archivo de progreso: {why}</translation>
        </message>
        <message>
            <source>The progress file {path} is from an older quizapp and cannot be upgraded now: {why}. Open quizapp once where it can write.</source>
            <translation>El archivo de progreso {path} es de una versión anterior de quizapp y no se puede actualizar ahora: {why}. Abre quizapp una vez donde pueda escribir.</translation>
        </message>
        <message>
            <source>The progress file {path} was made by a newer version of quizapp (schema {found}, this one knows up to {latest}). Update quizapp, or choose another data folder.</source>
            <translation>El archivo de progreso {path} lo creó una versión más reciente de quizapp (esquema {found}; esta conoce hasta el {latest}). Actualiza quizapp o elige otra carpeta de datos.</translation>
        </message>
        <message>
            <source>The progress file {path} is damaged ({problem}). Start quizapp once where it can write: it repairs the file from its newest backup.</source>
            <translation>El archivo de progreso {path} está dañado ({problem}). Abre quizapp una vez donde pueda escribir: repara el archivo a partir de la copia de seguridad más reciente.</translation>
        </message>
        <message>
            <source>Cannot read the progress file {path}: {detail}</source>
            <translation>No se puede leer el archivo de progreso {path}: {detail}</translation>
        </message>
        <message>
            <source>Cannot open the progress file {path}: {detail}</source>
            <translation>No se puede abrir el archivo de progreso {path}: {detail}</translation>
        </message>
        <message>
            <source>Cannot take the data folder: {detail}</source>
            <translation>No se puede ocupar la carpeta de datos: {detail}</translation>
        </message>
        <message>
            <source>Progress cannot be written right now.</source>
            <translation>Ahora mismo no se puede escribir el progreso.</translation>
        </message>
        <message>
            <source>Could not save progress: {detail}</source>
            <translation>No se ha podido guardar el progreso: {detail}</translation>
        </message>
        <message>
            <source>This progress file was opened for reading only.</source>
            <translation>Este archivo de progreso se abrió solo para lectura.</translation>
        </message>
        <message>
            <source>The progress store is closed.</source>
            <translation>El almacén de progreso está cerrado.</translation>
        </message>
        <message>
            <source>There is no learner with id {id}.</source>
            <translation>No hay ningún estudiante con el id {id}.</translation>
        </message>
        <message>
            <source>There is no attempt with id {id}.</source>
            <translation>No hay ningún intento con el id {id}.</translation>
        </message>
        <message>
            <source>Attempt {id} has already ended.</source>
            <translation>El intento {id} ya ha terminado.</translation>
        </message>
        <message>
            <source>There is already a learner called {name}.</source>
            <translation>Ya hay un estudiante llamado {name}.</translation>
        </message>
        <message>
            <source>A learner needs a name.</source>
            <translation>Un estudiante necesita un nombre.</translation>
        </message>
        <message>
            <source>A learner's name can be at most {max} characters long.</source>
            <translation>El nombre de un estudiante puede tener como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>A learner's name contains characters that cannot be saved.</source>
            <translation>El nombre del estudiante contiene caracteres que no se pueden guardar.</translation>
        </message>
        <message>
            <source>The extra-time factor must be between {low} (no extra time) and {high}.</source>
            <translation>El factor de tiempo adicional debe estar entre {low} (sin tiempo adicional) y {high}.</translation>
        </message>
        <message>
            <source>The font size must be between {low} and {high} points.</source>
            <translation>El tamaño de letra debe estar entre {low} y {high} puntos.</translation>
        </message>
        <message>
            <source>A language is a code such as 'de', 'es' or 'pt-BR'.</source>
            <translation>Un idioma es un código como «de», «es» o «pt-BR».</translation>
        </message>
        <message>
            <source>An answer's score must be between 0 and 1, not {score}.</source>
            <translation>La puntuación de una respuesta debe estar entre 0 y 1, no {score}.</translation>
        </message>
        <message>
            <source>An answer cannot take negative time.</source>
            <translation>Una respuesta no puede durar un tiempo negativo.</translation>
        </message>
        <message>
            <source>Times must carry their timezone.</source>
            <translation>Las horas deben llevar su zona horaria.</translation>
        </message>
        <message>
            <source>An answer's response is not valid JSON: {detail}</source>
            <translation>La respuesta dada no es JSON válido: {detail}</translation>
        </message>
        <message>
            <source>Another program is using the progress file in {folder}.</source>
            <translation>Otro programa está usando el archivo de progreso de {folder}.</translation>
        </message>
        <message>
            <source>The progress file in {folder} is damaged; it will be repaired from a backup when quizapp starts again.</source>
            <translation>El archivo de progreso de {folder} está dañado; se reparará a partir de una copia de seguridad cuando quizapp vuelva a abrirse.</translation>
        </message>
        <message>
            <source>The disk holding your progress ({folder}) is full. Free some space.</source>
            <translation>El disco que guarda tu progreso ({folder}) está lleno. Libera algo de espacio.</translation>
        </message>
        <message>
            <source>The disk holding your progress ({folder}) reported an error; was a USB stick removed?</source>
            <translation>El disco que guarda tu progreso ({folder}) informó de un error; ¿se ha extraído una memoria USB?</translation>
        </message>
        <message>
            <source>Progress cannot be written to {folder} ({error}).</source>
            <translation>No se puede escribir el progreso en {folder} ({error}).</translation>
        </message>
        <message>
            <source>Progress cannot be written: {why}</source>
            <translation>No se puede escribir el progreso: {why}</translation>
        </message>
        <message>
            <source>The preset '{title}' asks from {banks}, which is not in the library on this machine (or has errors). Run `quizapp validate` on the preset to see why.</source>
            <translation>La plantilla «{title}» pregunta de {banks}, que no está en la biblioteca de este equipo (o tiene errores). Ejecuta `quizapp validate` sobre la plantilla para ver por qué.</translation>
        </message>
        <message>
            <source>The preset '{title}' asks from {banks}, which are not in the library on this machine (or have errors). Run `quizapp validate` on the preset to see why.</source>
            <translation>La plantilla «{title}» pregunta de {banks}, que no están en la biblioteca de este equipo (o tienen errores). Ejecuta `quizapp validate` sobre la plantilla para ver por qué.</translation>
        </message>
        <message>
            <source>The bank '{bank}' is not available.</source>
            <translation>El banco de preguntas «{bank}» no está disponible.</translation>
        </message>
        <message>
            <source>No question matches this quiz's choice of banks, tags and difficulty.</source>
            <translation>Ninguna pregunta coincide con los bancos, etiquetas y dificultad elegidos para este cuestionario.</translation>
        </message>
        <message>
            <source>Choose at least one bank for the quiz.</source>
            <translation>Elige al menos un banco de preguntas para el cuestionario.</translation>
        </message>
        <message>
            <source>This quiz needs the list of questions to ask.</source>
            <translation>Este cuestionario necesita la lista de preguntas que se harán.</translation>
        </message>
        <message>
            <source>A quiz needs at least one question, not {count}.</source>
            <translation>Un cuestionario necesita al menos una pregunta, no {count}.</translation>
        </message>
        <message>
            <source>A time limit must be a positive number of seconds, not {limit}.</source>
            <translation>Un límite de tiempo debe ser un número positivo de segundos, no {limit}.</translation>
        </message>
        <message>
            <source>Extra time is a factor of at least 1 (e.g. 1.5), not {value}.</source>
            <translation>El tiempo adicional es un factor de al menos 1 (p. ej. 1,5), no {value}.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, you have used your %n attempt(s) at '{title}'. Ask your teacher if you need another.</source>
            <translation>
                <numerusform>{name}, ya has usado tu %n intento en «{title}». Pide otro a tu profesor si lo necesitas.</numerusform>
                <numerusform>{name}, ya has usado tus %n intentos en «{title}». Pide otro a tu profesor si lo necesitas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bank '{bank}' is not available any more, so this quiz cannot be resumed. Put the bank file back, or start a new quiz.</source>
            <translation>El banco de preguntas «{bank}» ya no está disponible, así que no se puede reanudar este cuestionario. Vuelve a poner el archivo del banco o empieza un cuestionario nuevo.</translation>
        </message>
        <message>
            <source>The question '{question}' is no longer in the bank '{bank}' (it was removed or now has an error), so this quiz cannot be resumed.</source>
            <translation>La pregunta «{question}» ya no está en el banco «{bank}» (se quitó o ahora tiene un error), así que no se puede reanudar este cuestionario.</translation>
        </message>
        <message>
            <source>The saved quiz is damaged: {detail}.</source>
            <translation>El cuestionario guardado está dañado: {detail}.</translation>
        </message>
        <message>
            <source>This quiz was saved in format {found}, which this version of quizapp (format {known}) cannot resume.</source>
            <translation>Este cuestionario se guardó en el formato {found}, que esta versión de quizapp (formato {known}) no puede reanudar.</translation>
        </message>
        <message>
            <source>This quiz cannot be made: {detail}</source>
            <translation>No se puede preparar este cuestionario: {detail}</translation>
        </message>
    </context>
    <context>
        <name>xcb</name>
        <message>
            <source>quizapp cannot open its window: Qt's X11 plugin (xcb) needs libraries this computer does not have:</source>
            <translation>quizapp no puede abrir su ventana: el plugin X11 de Qt (xcb) necesita bibliotecas que este ordenador no tiene:</translation>
        </message>
        <message>
            <source>Install them with:</source>
            <translation>Instálalas con:</translation>
        </message>
        <message>
            <source>Install the packages that provide them (see the README), then start again.</source>
            <translation>Instala los paquetes que las contienen (ver el README) y vuelve a empezar.</translation>
        </message>
    </context>
</TS>

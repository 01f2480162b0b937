<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <name>ConvertCommand</name>
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
            <source>Draft a bank from a text…</source>
            <translation>Crear un borrador de banco de preguntas a partir de un texto…</translation>
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
        <name>ValidateCommand</name>
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
    </context>
</TS>

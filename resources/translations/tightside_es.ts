<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tightside [COMMAND] [OPTIONS]

Tightside finds the tighter side of each leg group and guides a release of that
side, never the low back or glutes. With no command it opens the window.
It is not medical advice.

Commands (they run without a window):
</source>
        <translation>Uso: tightside [ORDEN] [OPCIONES]

Tightside busca el lado más tenso de cada grupo muscular de las piernas y te guía
para liberar ese lado, nunca la parte baja de la espalda ni los glúteos. Sin
orden, abre la ventana.
No es consejo médico.

Órdenes (funcionan sin ventana):
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,
                      else the platform&apos;s app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale&apos;s)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --log-level LEVEL   what the log records, for the window and every command:
                      trace, debug, info (default), warn, error or off (else
                      $TIGHTSIDE_LOG). It never holds health data. The log is
                      $XDG_STATE_HOME/tightside/tightside.log (by default in
                      ~/.local/state)
  --help              show this help; COMMAND --help shows a command&apos;s help
  --version           show the version

Exit codes: 0 success, 1 bad input, 2 wrong usage.
</source>
        <translation>
Opciones:
  --data-dir CARPETA  dónde se guardan las sesiones (si no, $TIGHTSIDE_DATA_DIR,
                      si no, la carpeta de datos de aplicaciones del sistema)
  --lang CÓDIGO       el idioma: en, de, es o fr (si no, el del sistema)
  --exit-after-startup  abrir la ventana, esperar a que esté lista, salir con 0
  --log-level NIVEL   lo que anota el registro, para la ventana y cada orden:
                      trace, debug, info (predeterminado), warn, error u off (si no,
                      $TIGHTSIDE_LOG). Nunca contiene datos de salud. El registro es
                      $XDG_STATE_HOME/tightside/tightside.log (por defecto en
                      ~/.local/state)
  --help              mostrar esta ayuda; ORDEN --help muestra la ayuda de una orden
  --version           mostrar la versión

Códigos de salida: 0 éxito, 1 datos no válidos, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>Reminders are on. The open window reminds you at %1; turn them off with: tightside remind --off</source>
        <translation>Los recordatorios están activados. La ventana abierta te avisa a las %1; desactívalos con: tightside remind --off</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message>
        <source>  %1%2 -&gt; %3  %4</source>
        <translation>  %1%2 -&gt; %3  %4</translation>
    </message>
    <message>
        <source>Pain at the start: %1 -&gt; %2  %3</source>
        <translation>Dolor al empezar: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), first and latest rating:</source>
        <translation>Lo que te importa, de 0 a 10 (más es mejor), primera y última puntuación:</translation>
    </message>
    <message>
        <source>Waiting from last time (first in line next time):</source>
        <translation>Pendiente de la última vez (lo primero la próxima vez):</translation>
    </message>
    <message>
        <source>  left %1</source>
        <translation>  %1 (lado izquierdo)</translation>
    </message>
    <message>
        <source>  right %1</source>
        <translation>  %1 (lado derecho)</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sin cambio claro</translation>
    </message>
    <message>
        <source>No sessions are stored yet: the course starts with your first check.</source>
        <translation>Todavía no hay sesiones guardadas: tu evolución empieza con tu primera comprobación.</translation>
    </message>
    <message>
        <source>Your course so far (your ratings): one session, %1 to %2.</source>
        <translation>Tu evolución hasta ahora (tus puntuaciones): una sesión, del %1 al %2.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n sessions, %1 to %2.</source>
        <translation>
            <numerusform>Tu evolución hasta ahora (tus puntuaciones): %n sesión, del %1 al %2.</numerusform>
            <numerusform>Tu evolución hasta ahora (tus puntuaciones): %n sesiones, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Son tus propias puntuaciones; no dicen qué causó un cambio.</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>necesita una segunda comprobación</translation>
    </message>
    <message>
        <source>Within your latest session, left/right gap before -&gt; after the routine:</source>
        <translation>En tu última sesión, diferencia izquierda/derecha antes -&gt; después de la rutina:</translation>
    </message>
    <message>
        <source>Pain before -&gt; after the routine: %1 -&gt; %2  %3</source>
        <translation>Dolor antes -&gt; después de la rutina: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of the first and the latest session:</source>
        <translation>Entre sesiones, diferencia izquierda/derecha al inicio de la primera y de la última sesión:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag.</source>
        <translation>
            <numerusform>%n comprobación se detuvo en las preguntas de seguridad por una señal de alarma.</numerusform>
            <numerusform>%n comprobaciones se detuvieron en las preguntas de seguridad por una señal de alarma.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more; otherwise it is no clear change.</source>
        <translation>Un cambio solo cuenta a partir de %1 puntos; si no, no hay un cambio claro.</translation>
    </message>
    <message>
        <source>Next check: %1 (%2 to %3 days after the latest).</source>
        <translation>Próxima comprobación: %1 (de %2 a %3 días después de la última).</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sin cambio claro</translation>
    </message>
    <message>
        <source>Your last check was today.</source>
        <translation>Tu última comprobación fue hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check was %n day(s) ago.</source>
        <translation>
            <numerusform>Tu última comprobación fue hace %n día.</numerusform>
            <numerusform>Tu última comprobación fue hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 (lado izquierdo)</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 (lado derecho)</translation>
    </message>
    <message>
        <source>Waiting from last time, first in line: %1.</source>
        <translation>Pendiente de la última vez, va primero: %1.</translation>
    </message>
    <message>
        <source>Your whole course is in History.</source>
        <translation>Toda tu evolución está en Historial.</translation>
    </message>
    <message>
        <source>No sessions yet: your course starts with your first check.</source>
        <translation>Todavía no hay sesiones: tu evolución empieza con tu primera comprobación.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n session(s).</source>
        <translation>
            <numerusform>Tu evolución hasta ahora (tus puntuaciones): %n sesión.</numerusform>
            <numerusform>Tu evolución hasta ahora (tus puntuaciones): %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: gap %2, now %3: %4</source>
        <translation>%1: diferencia %2, ahora %3: %4</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), your first and latest rating:</source>
        <translation>Lo que te importa, de 0 a 10 (más es mejor), tu primera y tu última puntuación:</translation>
    </message>
    <message>
        <source>%1: %2, now %3: %4</source>
        <translation>%1: %2, ahora %3: %4</translation>
    </message>
    <message>
        <source>%1: gap %2 before, %3 after: %4</source>
        <translation>%1: diferencia %2 antes, %3 después: %4</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after: %3</source>
        <translation>Dolor de espalda: %1 antes, %2 después: %3</translation>
    </message>
    <message>
        <source>Within your latest session (before and after the routine):</source>
        <translation>En tu última sesión (antes y después de la rutina):</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>necesita una segunda comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag; they are in the table below.</source>
        <translation>
            <numerusform>%n comprobación se detuvo en las preguntas de seguridad por una señal de alarma; está en la tabla de abajo.</numerusform>
            <numerusform>%n comprobaciones se detuvieron en las preguntas de seguridad por una señal de alarma; están en la tabla de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of your first and your latest session:</source>
        <translation>Entre sesiones, diferencia izquierda/derecha al inicio de tu primera y de tu última sesión:</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Un cambio solo cuenta a partir de %1 puntos. Son tus propias puntuaciones; no dicen qué causó un cambio.</translation>
    </message>
</context>
<context>
    <name>FhirText</name>
    <message>
        <source>%1, left side</source>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, lado derecho</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos realizados</translation>
    </message>
    <message>
        <source>Activities that matter to you (0-10)</source>
        <translation>Actividades que te importan (0-10)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>How soon to seek care</source>
        <translation>Con qué urgencia buscar atención médica</translation>
    </message>
    <message>
        <source>The check was stopped by a red flag</source>
        <translation>La comprobación se detuvo por una señal de alarma</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Flare-up now</source>
        <translation>Brote de dolor ahora</translation>
    </message>
    <message>
        <source>Pain before the routine (0-10)</source>
        <translation>Dolor antes de la rutina (0-10)</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Minutos disponibles</translation>
    </message>
    <message>
        <source>Tightness before the routine</source>
        <translation>Tensión antes de la rutina</translation>
    </message>
    <message>
        <source>Measured angles before the routine (degrees)</source>
        <translation>Ángulos medidos antes de la rutina (grados)</translation>
    </message>
    <message>
        <source>Tightness after the routine</source>
        <translation>Tensión después de la rutina</translation>
    </message>
    <message>
        <source>Measured angles after the routine (degrees)</source>
        <translation>Ángulos medidos después de la rutina (grados)</translation>
    </message>
    <message>
        <source>Pain after the routine (0-10)</source>
        <translation>Dolor después de la rutina (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>This export format is not known.</source>
        <translation>Este formato de exportación no se conoce.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportación cancelada. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>open wound or skin infection</source>
        <translation>herida abierta o infección de la piel</translation>
    </message>
    <message>
        <source>local inflammation</source>
        <translation>inflamación local</translation>
    </message>
    <message>
        <source>bone infection or hard lump</source>
        <translation>infección de hueso o bulto duro</translation>
    </message>
    <message>
        <source>varicose veins</source>
        <translation>varices</translation>
    </message>
    <message>
        <source>anticoagulant</source>
        <translation>anticoagulante</translation>
    </message>
    <message>
        <source>bleeding disorder</source>
        <translation>trastorno de la coagulación</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>osteoporosis</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>leg nerve damage</source>
        <translation>daño en los nervios de las piernas</translation>
    </message>
    <message>
        <source>Left %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1, lado izquierdo (%2), %3 s: puntuaste %4 a la izquierda y %5 a la derecha, una diferencia de %6.</translation>
    </message>
    <message>
        <source>Right %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1, lado derecho (%2), %3 s: puntuaste %4 a la izquierda y %5 a la derecha, una diferencia de %6.</translation>
    </message>
    <message>
        <source>Left %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1, lado izquierdo, %2 s: puntuaste %3 a la izquierda y %4 a la derecha, una diferencia de %5.</translation>
    </message>
    <message>
        <source>Right %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1, lado derecho, %2 s: puntuaste %3 a la izquierda y %4 a la derecha, una diferencia de %5.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up and your screening answers (%1).</source>
        <translation>El tiempo es suave por tu brote de dolor y tus respuestas a las preguntas de seguridad (%1).</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up.</source>
        <translation>El tiempo es suave por tu brote de dolor.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your screening answers (%1).</source>
        <translation>El tiempo es suave por tus respuestas a las preguntas de seguridad (%1).</translation>
    </message>
    <message>
        <source>That is the hold length you chose.</source>
        <translation>Es el tiempo que elegiste.</translation>
    </message>
    <message>
        <source>That is the usual hold.</source>
        <translation>Es el tiempo habitual.</translation>
    </message>
    <message>
        <source>It is the shorter length you chose.</source>
        <translation>Es el tiempo más corto que elegiste.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>cuádriceps</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>flexores de cadera</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>aductores</translation>
    </message>
    <message>
        <source>IT band</source>
        <translatorcomment>cintilla iliotibial, como en fisioterapia.</translatorcomment>
        <translation>cintilla iliotibial</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>isquiotibiales</translation>
    </message>
    <message>
        <source>TFL</source>
        <translatorcomment>TFL se queda (tensor de la fascia lata).</translatorcomment>
        <translation>TFL</translation>
    </message>
    <message>
        <source>lats</source>
        <translation>dorsal ancho</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>parte baja de la espalda</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>glúteos</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>lower ribs</source>
        <translation>costillas bajas</translation>
    </message>
    <message>
        <source>A gap of %1 or more is a real difference, so only the tighter side is released, to bring the two sides closer.</source>
        <translatorcomment>release = liberar; tighter side = el lado más tenso; tuteo.</translatorcomment>
        <translation>Una diferencia de %1 o más es una diferencia real, así que solo se libera el lado más tenso, para acercar los dos lados.</translation>
    </message>
    <message>
        <source>All five leg groups are balanced, so the %1 can be worked now; this step is optional.</source>
        <translation>Los cinco grupos de las piernas están equilibrados, así que ahora se puede trabajar %1; este paso es opcional.</translation>
    </message>
    <message>
        <source>This group comes at priority %1; when groups share a priority, the bigger gap goes first.</source>
        <translation>Este grupo tiene la prioridad %1; cuando varios grupos comparten prioridad, va primero la diferencia mayor.</translation>
    </message>
    <message>
        <source>It did not fit in today&apos;s %1, so it comes first next time.</source>
        <translation>No cupo en los %1 de hoy, así que va primero la próxima vez.</translation>
    </message>
    <message>
        <source>Please get medical help today: go to an emergency department now, or call your emergency number. One of your answers can be a sign of something that needs a doctor quickly. There is no release routine today.</source>
        <translation>Busca ayuda médica hoy: ve a urgencias ahora o llama al número de emergencias. Una de tus respuestas puede ser señal de algo que necesita un médico pronto. Hoy no hay rutina de liberación.</translation>
    </message>
    <message>
        <source>Please book a visit with a doctor or physiotherapist in the next few days. One of your answers should be checked by a clinician before any release work. There is no release routine until then.</source>
        <translation>Pide cita con un médico o un fisioterapeuta en los próximos días. Un profesional sanitario debe revisar una de tus respuestas antes de hacer ninguna liberación. Hasta entonces no hay rutina de liberación.</translation>
    </message>
    <message>
        <source>Ask a clinician about your answer “%1”.</source>
        <translation>Pregunta a un profesional sanitario por tu respuesta «%1».</translation>
    </message>
    <message>
        <source>If new numbness, weakness in a leg, or bladder or bowel changes appear, go to an emergency department at once.</source>
        <translation>Si aparecen entumecimiento nuevo, debilidad en una pierna o cambios en la vejiga o el intestino, ve a urgencias enseguida.</translation>
    </message>
    <message>
        <source>Your two sides are the same in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>Tus dos lados son iguales en todos los grupos, así que cuentan como equilibrados y hoy no hay nada que liberar. Vuelve a comprobarlo dentro de dos o tres días. Si la espalda te sigue doliendo después de unas sesiones, ve a un médico o a un fisioterapeuta.</translation>
    </message>
    <message numerus="yes">
        <source>Your two sides differ by less than %n points in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>
            <numerusform>Tus dos lados se diferencian en menos de %n punto en todos los grupos, así que cuentan como equilibrados y hoy no hay nada que liberar. Vuelve a comprobarlo dentro de dos o tres días. Si la espalda te sigue doliendo después de unas sesiones, ve a un médico o a un fisioterapeuta.</numerusform>
            <numerusform>Tus dos lados se diferencian en menos de %n puntos en todos los grupos, así que cuentan como equilibrados y hoy no hay nada que liberar. Vuelve a comprobarlo dentro de dos o tres días. Si la espalda te sigue doliendo después de unas sesiones, ve a un médico o a un fisioterapeuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to release today: the groups that differ were left out because of your screening answers. Ask a clinician about them.</source>
        <translation>Hoy no hay nada que liberar: los grupos con diferencia se dejaron fuera por tus respuestas a las preguntas de seguridad. Pregunta por ellos a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Release only the side each step names, not both. Afterwards, rate both sides of the %1 again, so you can see the gap shrink.</source>
        <translation>Libera solo el lado que indica cada paso, no los dos. Después, vuelve a puntuar los dos lados de %1, para ver cómo se reduce la diferencia.</translation>
    </message>
    <message>
        <source>If pain rises during a release, ease the pressure or stop; the player has a stop button for this.</source>
        <translation>Si el dolor aumenta durante una liberación, reduce la presión o detente; el reproductor tiene un botón de parada para esto.</translation>
    </message>
    <message>
        <source>Left out today because of your screening answers: %1.</source>
        <translation>Hoy se deja fuera por tus respuestas a las preguntas de seguridad: %1.</translation>
    </message>
    <message>
        <source>One step does not fit in your %1 today; it comes first next time.</source>
        <translation>Un paso no cabe hoy en tus %1; va primero la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps do not fit in your %1 today; they come first next time.</source>
        <translation>
            <numerusform>%n paso no cabe hoy en tus %1; va primero la próxima vez.</numerusform>
            <numerusform>%n pasos no caben hoy en tus %1; van primero la próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have a flare-up: every hold is gentle, %1 s with discomfort no more than %2 out of 10. The hips and back are left alone on purpose; the work stays on the legs.</source>
        <translation>Tienes un brote de dolor: cada tiempo es suave, %1 s con una molestia de no más de %2 de 10. La cadera y la espalda se dejan en paz a propósito; el trabajo se queda en las piernas.</translation>
    </message>
    <message>
        <source>The low back and glutes are left alone on purpose: they are usually holding your hips steady against a pull from the legs, so they are the messenger, not the cause. Tightside works on the tighter side of the legs instead.</source>
        <translation>La parte baja de la espalda y los glúteos se dejan en paz a propósito: normalmente mantienen estable tu pelvis frente a un tirón de las piernas, así que son el mensajero, no la causa. Tightside trabaja en cambio en el lado más tenso de las piernas.</translation>
    </message>
    <message>
        <source>A step that touched the low back, glutes, spine or lower ribs was removed: Tightside never works there, whatever a protocol says.</source>
        <translation>Se quitó un paso que tocaba la parte baja de la espalda, los glúteos, la columna o las costillas bajas: Tightside nunca trabaja ahí, diga lo que diga un protocolo.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps that touched the low back, glutes, spine or lower ribs were removed: Tightside never works there, whatever a protocol says.</source>
        <translation>
            <numerusform>Se quitó %n paso que tocaba la parte baja de la espalda, los glúteos, la columna o las costillas bajas: Tightside nunca trabaja ahí, diga lo que diga un protocolo.</numerusform>
            <numerusform>Se quitaron %n pasos que tocaban la parte baja de la espalda, los glúteos, la columna o las costillas bajas: Tightside nunca trabaja ahí, diga lo que diga un protocolo.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Tightside plan (%1 %2; a gap of %3 points or more counts)</source>
        <translation>Plan de Tightside (%1 %2; cuenta una diferencia de %3 puntos o más)</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN TODAY. No routine.</source>
        <translation>VE HOY A UN PROFESIONAL SANITARIO. Sin rutina.</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN SOON. No routine for now.</source>
        <translation>VE PRONTO A UN PROFESIONAL SANITARIO. Por ahora, sin rutina.</translation>
    </message>
    <message>
        <source>BALANCED: nothing to release today.</source>
        <translation>EQUILIBRADO: hoy no hay nada que liberar.</translation>
    </message>
    <message>
        <source>Steps, in this order:</source>
        <translation>Pasos, en este orden:</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s (optional): %4</source>
        <translation>%1. %2, LADO IZQUIERDO, %3 s (opcional): %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s (optional): %4</source>
        <translation>%1. %2, LADO DERECHO, %3 s (opcional): %4</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s: %4</source>
        <translation>%1. %2, LADO IZQUIERDO, %3 s: %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s: %4</source>
        <translation>%1. %2, LADO DERECHO, %3 s: %4</translation>
    </message>
    <message>
        <source>Next time first (did not fit today):</source>
        <translation>La próxima vez, primero (hoy no cupo):</translation>
    </message>
    <message>
        <source>left %1, %2 s</source>
        <translation>%1, lado izquierdo, %2 s</translation>
    </message>
    <message>
        <source>right %1, %2 s</source>
        <translation>%1, lado derecho, %2 s</translation>
    </message>
    <message>
        <source>Balanced today: %1</source>
        <translation>Equilibrado hoy: %1</translation>
    </message>
    <message>
        <source>Re-check both sides afterwards: %1</source>
        <translation>Después, vuelve a comprobar los dos lados: %1</translation>
    </message>
    <message>
        <source>Never worked on: %1</source>
        <translation>Nunca se trabaja: %1</translation>
    </message>
    <message>
        <source>It comes first today because it did not fit in the time you had last session.</source>
        <translation>Hoy va primero porque no cupo en el tiempo que tenías en la última sesión.</translation>
    </message>
    <message>
        <source>You released your %1 less than 24 hours ago, so that group rests today; it can be released again from %2. Rate both sides of it after the routine all the same, to see how it holds.</source>
        <translation>Hace menos de 24 horas que liberaste este grupo (%1), así que hoy descansa; se puede volver a liberar a partir de %2. Aun así, puntúa sus dos lados después de la rutina, para ver si el efecto se mantiene.</translation>
    </message>
    <message>
        <source>There is nothing to release right now: every group that differs was released in the last 24 hours and rests. Rate both sides again all the same.</source>
        <translation>Ahora mismo no hay nada que liberar: cada grupo con diferencia se liberó en las últimas 24 horas y descansa. Aun así, vuelve a puntuar los dos lados.</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 gap has not clearly changed over your last %n sessions (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</source>
        <translation>
            <numerusform>Tu diferencia en %1 no ha cambiado claramente en tu última %n sesión (tus puntuaciones: una diferencia de %2 al principio y %3 hoy). Puede pasar. Quizá sea momento de pedir a un médico o a un fisioterapeuta que lo revise; la rutina de hoy está abajo, como siempre.</numerusform>
            <numerusform>Tu diferencia en %1 no ha cambiado claramente en tus últimas %n sesiones (tus puntuaciones: una diferencia de %2 en la primera de ellas y %3 hoy). Puede pasar. Quizá sea momento de pedir a un médico o a un fisioterapeuta que lo revise; la rutina de hoy está abajo, como siempre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your measured angles show no difference this test can tell apart (it tells apart %1° or more).</source>
        <translation>Tus ángulos medidos no muestran ninguna diferencia que esta prueba pueda distinguir (distingue %1° o más).</translation>
    </message>
    <message>
        <source>Your measured angles: your left side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Tus ángulos medidos: tu lado izquierdo está %1° más tenso (esta prueba distingue %2° o más).</translation>
    </message>
    <message>
        <source>Your measured angles: your right side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Tus ángulos medidos: tu lado derecho está %1° más tenso (esta prueba distingue %2° o más).</translation>
    </message>
    <message>
        <source>Your ratings point to the other side, so test both sides again, set up the same way, before you trust either.</source>
        <translation>Tus puntuaciones señalan el otro lado, así que vuelve a probar los dos lados, con la misma colocación, antes de fiarte de ninguno.</translation>
    </message>
    <message>
        <source>Your measured angles for the %1 do not match your ratings. Test both sides again when you can; today&apos;s plan follows your ratings.</source>
        <translation>Los ángulos medidos de %1 no coinciden con tus puntuaciones. Vuelve a probar los dos lados cuando puedas; el plan de hoy sigue tus puntuaciones.</translation>
    </message>
    <message>
        <source>M1, the five leg groups are checked left against right, in order</source>
        <translation>M1, los cinco grupos de la pierna se comprueban en orden, izquierda frente a derecha</translation>
    </message>
    <message>
        <source>M2, only the tighter side is released</source>
        <translation>M2, solo se libera el lado más tenso</translation>
    </message>
    <message>
        <source>M3, never the low back or the glutes</source>
        <translation>M3, nunca la zona lumbar ni los glúteos</translation>
    </message>
    <message>
        <source>M4, the TFL only once the five groups are balanced</source>
        <translation>M4, el TFL solo cuando los cinco grupos están equilibrados</translation>
    </message>
    <message>
        <source>M5, the upper body only as a rare exception</source>
        <translation>M5, la parte superior del cuerpo solo como rara excepción</translation>
    </message>
    <message>
        <source>M6, several sessions, each checked again</source>
        <translation>M6, varias sesiones, cada una comprobada de nuevo</translation>
    </message>
    <message>
        <source>M7, safety first: the screening comes before any rating</source>
        <translation>M7, primero la seguridad: las preguntas de seguridad van antes de cualquier valoración</translation>
    </message>
    <message>
        <source>M8, honest about what the method is and is not</source>
        <translation>M8, honestidad sobre lo que el método es y lo que no es</translation>
    </message>
    <message>
        <source>M9, steps that do not fit today&apos;s minutes wait for next time</source>
        <translation>M9, los pasos que no caben en los minutos de hoy esperan a la próxima vez</translation>
    </message>
    <message>
        <source>M10, gentle holds during an acute flare-up</source>
        <translation>M10, presiones suaves durante una crisis aguda</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminds you when your next Tightside check is due.</source>
        <translation>Te avisa cuando toca tu próxima comprobación de Tightside.</translation>
    </message>
    <message>
        <source>Tightside reminder</source>
        <translation>Recordatorio de Tightside</translation>
    </message>
    <message>
        <source>There is no configuration folder: neither XDG_CONFIG_HOME nor HOME is set.</source>
        <translation>No hay carpeta de configuración: no están definidas ni XDG_CONFIG_HOME ni HOME.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Time for your next check</source>
        <translation>Es hora de tu próxima comprobación</translation>
    </message>
    <message>
        <source>Your next Tightside check is due. It takes a few minutes.</source>
        <translation>Toca tu próxima comprobación de Tightside. Lleva unos minutos.</translation>
    </message>
    <message>
        <source>Start check</source>
        <translation>Empezar la comprobación</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>A sound could not be played.</source>
        <translation>No se pudo reproducir un sonido.</translation>
    </message>
    <message>
        <source>No sound device was found, so Tightside plays no sounds. The flash and the words show every cue.</source>
        <translation>No se encontró ningún dispositivo de sonido, así que Tightside no reproduce sonidos. El destello y las palabras muestran cada aviso.</translation>
    </message>
    <message>
        <source>The sound and voice part of Tightside is missing from this installation, so cues are shown on screen only.</source>
        <translation>A esta instalación le falta la parte de sonido y voz de Tightside, así que las indicaciones solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>A sound could not be loaded.</source>
        <translation>No se pudo cargar un sonido.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sessions moved</source>
        <translation>Sesiones movidas</translation>
    </message>
    <message numerus="yes">
        <source>%n session file(s) saved by an earlier version of Tightside were moved into the one data folder, where the command line finds them too.</source>
        <translation>
            <numerusform>%n archivo de sesión guardado por una versión anterior de Tightside se movió a la carpeta de datos única, donde también lo encuentra la línea de órdenes.</numerusform>
            <numerusform>%n archivos de sesión guardados por una versión anterior de Tightside se movieron a la carpeta de datos única, donde también los encuentra la línea de órdenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that could not be used were set aside in the quarantine folder; nothing was deleted.</source>
        <translation>
            <numerusform>%n archivo que no se pudo usar se apartó en la carpeta de cuarentena; no se borró nada.</numerusform>
            <numerusform>%n archivos que no se pudieron usar se apartaron en la carpeta de cuarentena; no se borró nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::AboutPage</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ActivitiesPage</name>
    <message>
        <source>What matters to you (optional, once a week)</source>
        <translation>Lo que te importa (opcional, una vez por semana)</translation>
    </message>
    <message>
        <source>Name up to five everyday activities that your back makes hard, for example putting on socks or sitting through a film. Rate how well you can do each today, from 0 (cannot do it) to 10 (as well as before the trouble). History shows how your ratings change from week to week.</source>
        <translation>Nombra hasta cinco actividades del día a día que tu espalda te hace difíciles, por ejemplo ponerte los calcetines o estar sentado toda una película. Puntúa lo bien que puedes hacer cada una hoy, de 0 (no puedo) a 10 (tan bien como antes del problema). El historial muestra cómo cambian tus puntuaciones de una semana a otra.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>How well you can do it today</source>
        <translation>Lo bien que puedes hacerla hoy</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>The activity in your own words, at most %1 characters. Leave empty if you do not need it.</source>
        <translation>La actividad con tus propias palabras, como máximo %1 caracteres. Déjala vacía si no la necesitas.</translation>
    </message>
    <message>
        <source>How well you can do activity %1 today</source>
        <translation>Lo bien que puedes hacer hoy la actividad %1</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Saltar esta se&amp;mana</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Saltar esta semana</translation>
    </message>
    <message>
        <source>Goes on with the check without rating any activity. Nothing is saved for them.</source>
        <translation>Sigue con la comprobación sin puntuar ninguna actividad. No se guarda nada de ellas.</translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Son tus propias puntuaciones; no dicen qué causó un cambio.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin puntuar todavía</translation>
    </message>
    <message>
        <source>%1. 0 means you cannot do it, 10 as well as before. A digit key sets it, End gives 10.</source>
        <translation>%1. 0 significa que no puedes, 10 tan bien como antes. Una tecla numérica fija el valor, Fin da 10.</translation>
    </message>
    <message>
        <source>Rate each activity you named, or clear its name.</source>
        <translation>Puntúa cada actividad que nombraste, o borra su nombre.</translation>
    </message>
    <message>
        <source>Name each activity you rated.</source>
        <translation>Pon nombre a cada actividad que puntuaste.</translation>
    </message>
    <message>
        <source>Give each activity a different name.</source>
        <translation>Pon a cada actividad un nombre distinto.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::AngleChart</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Measured angles</source>
        <translation>Ángulos medidos</translation>
    </message>
    <message>
        <source>No angles measured yet.</source>
        <translation>Aún no hay ángulos medidos.</translation>
    </message>
    <message>
        <source>Measured angles, oldest first: left %1; right %2. The band around each side&apos;s first angle is %3 either way: a change inside it is one this test cannot tell apart.</source>
        <extracomment>%1 and %2: the angles of each session, oldest first (&quot;120.0°, 118.5°&quot;); %3 the MDC.</extracomment>
        <translation>Ángulos medidos, los más antiguos primero: izquierda %1; derecha %2. La banda alrededor del primer ángulo de cada lado abarca %3 hacia cada lado: esta prueba no puede distinguir un cambio dentro de ella.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Bodymap</name>
    <message>
        <source>Hatched = never worked on: the low back, spine, buttocks and lower ribs. They are not the cause.</source>
        <translation>Rayado = nunca se trabaja: la parte baja de la espalda, la columna, los glúteos y las costillas bajas. No son la causa.</translation>
    </message>
    <message>
        <source>Seen from behind: your left is on the left.</source>
        <translation>Visto desde atrás: tu izquierda está a la izquierda.</translation>
    </message>
    <message>
        <source>Seen from the front: your left is on the right.</source>
        <translation>Visto de frente: tu izquierda está a la derecha.</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, los dos lados</translation>
    </message>
    <message>
        <source>Body map, seen from the %1: %2 marked.</source>
        <translation>Mapa del cuerpo, visto desde %1: %2 marcado.</translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <translation>Mapa del cuerpo: %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPage</name>
    <message numerus="yes">
        <source>Start the self-timer (%n seconds)</source>
        <extracomment>The self-timer&apos;s button; the number is 10.</extracomment>
        <translation>
            <numerusform>Iniciar el temporizador (%n segundo)</numerusform>
            <numerusform>Iniciar el temporizador (%n segundos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n seconds the camera takes the photo: time to lie down in the test position.</source>
        <translation>
            <numerusform>Después de %n segundo la cámara toma la foto: tiempo para tumbarte en la posición de la prueba.</numerusform>
            <numerusform>Después de %n segundos la cámara toma la foto: tiempo para tumbarte en la posición de la prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Detener el temporizador</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Abrir una foto…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Elige una foto JPEG o PNG de la posición de la prueba.</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Ver la preparación</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Take the photo with a phone and open it here.</source>
        <translation>No se ha encontrado ninguna cámara en este ordenador. Toma la foto con un móvil y ábrela aquí.</translation>
    </message>
    <message>
        <source>The camera part of Tightside is missing from this installation. Take the photo with a phone and open it here.</source>
        <translation>A esta instalación le falta la parte de la cámara de Tightside. Toma la foto con un móvil y ábrela aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n seconds to lie down in position before the photo is taken.</source>
        <translation>
            <numerusform>Apunta la cámara a la posición de la prueba y revisa la imagen. Luego inicia el temporizador: tienes %n segundo para colocarte en posición antes de que se tome la foto.</numerusform>
            <numerusform>Apunta la cámara a la posición de la prueba y revisa la imagen. Luego inicia el temporizador: tienes %n segundos para colocarte en posición antes de que se tome la foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-timer is stopped. No photo was taken.</source>
        <translation>El temporizador está detenido. No se ha tomado ninguna foto.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Tomando la foto…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) until the photo is taken.</source>
        <extracomment>Said by a screen reader each second of the camera&apos;s self-timer.</extracomment>
        <translation>
            <numerusform>Falta %n segundo para la foto.</numerusform>
            <numerusform>Faltan %n segundos para la foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera stopped working. Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>La cámara ha dejado de funcionar. Toma la foto con un móvil y ábrela aquí, o vuelve a la preparación y prueba la cámara otra vez.</translation>
    </message>
    <message>
        <source>The camera stopped working (%1). Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>La cámara ha dejado de funcionar (%1). Toma la foto con un móvil y ábrela aquí, o vuelve a la preparación y prueba la cámara otra vez.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>What the camera sees now, to aim it at the test position.</source>
        <translation>Lo que ve la cámara ahora, para apuntarla a la posición de la prueba.</translation>
    </message>
    <message>
        <source>Waiting for the camera&apos;s picture…</source>
        <translation>Esperando la imagen de la cámara…</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckFlow</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Goes to the page before. Your answers are kept.</source>
        <translation>Vuelve a la página anterior. Tus respuestas se conservan.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>See my &amp;plan &gt;</source>
        <translation>Ver mi &amp;plan &gt;</translation>
    </message>
    <message>
        <source>&amp;Start routine &gt;</source>
        <translation>&amp;Empezar la rutina &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: save this check &gt;</source>
        <translation>&amp;Siguiente: guardar esta comprobación &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Empezar una &amp;nueva comprobación</translation>
    </message>
    <message>
        <source>Starts the routine player with step 1.</source>
        <translation>Abre el reproductor de la rutina en el paso 1.</translation>
    </message>
    <message>
        <source>Saves this check to your history.</source>
        <translation>Guarda esta comprobación en tu historial.</translation>
    </message>
    <message>
        <source>Starts a new check from the safety questions.</source>
        <translation>Empieza una nueva comprobación desde las preguntas de seguridad.</translation>
    </message>
    <message>
        <source>Goes to the next page. Enter does the same.</source>
        <translation>Pasa a la página siguiente. Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autocomprobación</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1 The routine goes on; check the data folder in Settings.</source>
        <translation>No se pudo guardar tu progreso: %1 La rutina sigue; revisa la carpeta de datos en Ajustes.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1 Your answers are still here; check the data folder in Settings and press Save again.</source>
        <translation>No se pudo guardar la sesión: %1 Tus respuestas siguen aquí; revisa la carpeta de datos en Ajustes y pulsa Guardar otra vez.</translation>
    </message>
    <message>
        <source>Your last check</source>
        <translation>Tu última comprobación</translation>
    </message>
    <message>
        <source>Give a number from 0 to 10 to go on.</source>
        <translation>Indica un número del 0 al 10 para seguir.</translation>
    </message>
    <message>
        <source>Group %1 of %2. Rate both sides from 0 to 10 to go on.</source>
        <translation>Grupo %1 de %2. Puntúa los dos lados del 0 al 10 para seguir.</translation>
    </message>
    <message>
        <source>Rate both sides of each group and your pain now to save.</source>
        <translation>Puntúa los dos lados de cada grupo y tu dolor ahora para guardar.</translation>
    </message>
    <message>
        <source>This stop could not be kept in your history: %1 The advice below still holds; check the data folder in Settings.</source>
        <translation>Esta parada no se pudo guardar en tu historial: %1 El consejo de abajo sigue valiendo; revisa la carpeta de datos en Ajustes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routine done.&lt;/b&gt; Well done. Now rate both sides of each group you released again, set up as before, to see whether the gap shrank.</source>
        <translation>&lt;b&gt;Rutina terminada.&lt;/b&gt; Bien hecho. Ahora puntúa otra vez los dos lados de cada grupo que has liberado, igual que antes, para ver si la diferencia se ha reducido.</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Rutina terminada</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckStepper</name>
    <message>
        <source>Where you are in the check</source>
        <translation>Dónde estás en la comprobación</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Paso %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Every step of this check is done.</source>
        <translation>Todos los pasos de esta comprobación están hechos.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Tests %1 of %2</source>
        <translation>Pruebas %1 de %2</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Recomprobar</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Disclosure</name>
    <message>
        <source>Shows or hides the reasons. Space opens and closes them.</source>
        <translation>Muestra u oculta los motivos. La barra espaciadora los abre y los cierra.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::GroupPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group page&apos;s title: the group&apos;s name and where it is, e.g. &quot;Quadriceps (front of the thigh)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: optional</source>
        <translation>%1: opcional</translation>
    </message>
    <message>
        <source>Self-test: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Qué comparar</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Pronto habrá una imagen de %1.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>The drawing shows the left side; do the right side the same way.</source>
        <translation>El dibujo muestra el lado izquierdo; haz el lado derecho de la misma forma.</translation>
    </message>
    <message>
        <source>STOP: nerve signs</source>
        <translatorcomment>señal nerviosa: término fijo, igual en todo el programa y en el protocolo.</translatorcomment>
        <translation>DETENTE: señales nerviosas</translation>
    </message>
    <message>
        <source>I did the optional %1 test today</source>
        <translation>Hoy he hecho la prueba opcional de %1</translation>
    </message>
    <message>
        <source>Tick to rate both sides. Leave empty to skip this test today.</source>
        <translation>Márcalo para puntuar los dos lados. Déjalo vacío para saltarte esta prueba hoy.</translation>
    </message>
    <message>
        <source>%1 tightness</source>
        <extracomment>What a pair of ratings rates, for screen readers: &quot;quadriceps tightness&quot;.</extracomment>
        <translation>Tensión: %1</translation>
    </message>
    <message>
        <source>Lit: the tighter side, %1 %2.</source>
        <translation>Resaltado: el lado más tenso, %2 (%1).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then which side is which</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then what the hatching means</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A drawing of this self-test (%1), done on the left side. For the right side, do the same as in a mirror.</source>
        <translation>Un dibujo de esta prueba (%1), hecha en el lado izquierdo. En el lado derecho, haz lo mismo, como en un espejo.</translation>
    </message>
    <message>
        <source>Stop the test if you notice any of these.</source>
        <translation>Detén la prueba si notas cualquiera de estas señales.</translation>
    </message>
    <message>
        <source>Marked: %1 on both sides.</source>
        <translation>Marcado: %1 en los dos lados.</translation>
    </message>
    <message>
        <source>Measure from a photo (optional)</source>
        <translation>Medir con una foto (opcional)</translation>
    </message>
    <message>
        <source>A photo of the test position gives an angle in degrees for each side: a measure beside your feeling. Your ratings still decide the plan.</source>
        <translation>Una foto de la posición de la prueba da un ángulo en grados para cada lado: una medida junto a lo que sientes. Tus valoraciones siguen decidiendo el plan.</translation>
    </message>
    <message>
        <source>Measure left…</source>
        <translation>Medir el izquierdo…</translation>
    </message>
    <message>
        <source>Measure right…</source>
        <translation>Medir el derecho…</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Izquierdo: %1</translation>
    </message>
    <message>
        <source>Left: not measured</source>
        <translation>Izquierdo: sin medir</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Derecho: %1</translation>
    </message>
    <message>
        <source>Right: not measured</source>
        <translation>Derecho: sin medir</translation>
    </message>
    <message>
        <source>Measure both sides, set up the same way, to compare them.</source>
        <translation>Mide los dos lados con la misma preparación para compararlos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the measured gap, then the notice</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Opens the measuring page for the left side: the setup, then the photo and its landmarks.</source>
        <translation>Abre la página de medida del lado izquierdo: primero la preparación, luego la foto y sus puntos.</translation>
    </message>
    <message>
        <source>Opens the measuring page for the right side: the setup, then the photo and its landmarks.</source>
        <translation>Abre la página de medida del lado derecho: primero la preparación, luego la foto y sus puntos.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryChart</name>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>No sessions with this measure yet.</source>
        <translation>Todavía no hay sesiones con esta medida.</translation>
    </message>
    <message>
        <source>%1. First: %2 before, %3 after. Latest: %4 before, %5 after.</source>
        <translation>%1. Primera: %2 antes, %3 después. Última: %4 antes, %5 después.</translation>
    </message>
    <message>
        <source>before (dashed, dots)</source>
        <translation>antes (discontinua, puntos)</translation>
    </message>
    <message>
        <source>after (solid, squares)</source>
        <translation>después (continua, cuadrados)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>hatched: balanced, a gap under %1</source>
        <translation>rayado: equilibrado, una diferencia menor de %1</translation>
    </message>
    <message numerus="yes">
        <source>your ratings, %n session(s)</source>
        <translation>
            <numerusform>tus puntuaciones, %n sesión</numerusform>
            <numerusform>tus puntuaciones, %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryDashboard</name>
    <message>
        <source>Am I getting better?</source>
        <translation>¿Estoy mejorando?</translation>
    </message>
    <message>
        <source>In each chart: %1 at the start of a session (dashed line), %2 after its routine (solid line); the hatched band is balanced, a gap under %3. A change counts only at %4 points or more.</source>
        <translation>En cada gráfico: %1 al inicio de una sesión (línea discontinua), %2 después de su rutina (línea continua); la franja rayada es equilibrio, una diferencia menor que %3. Un cambio solo cuenta a partir de %4 puntos.</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <source>At the start: %1 first, %2 now (0 to 10).</source>
        <translation>Al inicio: %1 la primera vez, %2 ahora (0 a 10).</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Diferencia entre izquierda y derecha: %1</translation>
    </message>
    <message>
        <source>Gap at the start: %1 first, %2 now.</source>
        <translation>Diferencia al inicio: %1 la primera vez, %2 ahora.</translation>
    </message>
    <message>
        <source>Measured: %1° first, %2° now (a change counts from %3°): %4.</source>
        <translation>Medido: %1° la primera vez, %2° ahora (un cambio cuenta desde %3°): %4.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryModel</name>
    <message>
        <source>%1 of %2 (%3 stopped for pain)</source>
        <translation>%1 de %2 (%3 detenidos por dolor)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician today</source>
        <translation>Detenida por una señal de alarma: consulta a un profesional hoy</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician soon</source>
        <translation>Detenida por una señal de alarma: consulta a un profesional pronto</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryPage</name>
    <message>
        <source>Open the &amp;quarantine folder</source>
        <translation>Abrir la carpeta de &amp;cuarentena</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Up and Down choose a session; its details show below the table.</source>
        <translation>Arriba y Abajo eligen una sesión; sus detalles aparecen bajo la tabla.</translation>
    </message>
    <message>
        <source>Pick a session to see its details.</source>
        <translation>Elige una sesión para ver sus detalles.</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Qué muestra el gráfico</translation>
    </message>
    <message>
        <source>The gap between left and right of one group, or back pain, across your sessions.</source>
        <translation>La diferencia entre izquierda y derecha de un grupo, o el dolor de espalda, a lo largo de tus sesiones.</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Diferencia entre izquierda y derecha: %1</translation>
    </message>
    <message>
        <source>Back pain, before and after</source>
        <translation>Dolor de espalda, antes y después</translation>
    </message>
    <message>
        <source>Reading your sessions</source>
        <translation>Leyendo tus sesiones</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Export C&amp;SV</source>
        <translation>Exportar C&amp;SV</translation>
    </message>
    <message>
        <source>Export &amp;JSON</source>
        <translation>Exportar &amp;JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF</source>
        <translation>Exportar P&amp;DF</translation>
    </message>
    <message>
        <source>Saves every session to a %1 file you choose.</source>
        <translation>Guarda todas las sesiones en un archivo %1 que elijas.</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Shows the folder with your session files in the file manager.</source>
        <translation>Muestra la carpeta con los archivos de tus sesiones en el gestor de archivos.</translation>
    </message>
    <message>
        <source>Could not open the folder. It is: %1</source>
        <translation>No se pudo abrir la carpeta. Está en: %1</translation>
    </message>
    <message>
        <source>Reading your sessions...</source>
        <translation>Leyendo tus sesiones...</translation>
    </message>
    <message>
        <source>Reading your sessions: %1 of %2...</source>
        <translation>Leyendo tus sesiones: %1 de %2...</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>No sessions saved yet.</source>
        <translation>Todavía no hay sesiones guardadas.</translation>
    </message>
    <message>
        <source>Your sessions will show here once you save one.</source>
        <translation>Tus sesiones aparecerán aquí cuando guardes una.</translation>
    </message>
    <message>
        <source>This session cannot be shown: %1</source>
        <translation>Esta sesión no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>The history is not loaded.</source>
        <translation>El historial no está cargado.</translation>
    </message>
    <message>
        <source>Exporting your history...</source>
        <translation>Exportando tu historial...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Exporting your history: %1 of %2 sessions read.</source>
        <translation>Exportando tu historial: %1 de %2 sesiones leídas.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 sessions read...</source>
        <translation>Exportando: %1 de %2 sesiones leídas...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Cancelando la exportación...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en marcha.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>1 file could not be read and is kept in the quarantine folder. Every readable session still shows.</source>
        <translation>1 archivo no se pudo leer y se guarda en la carpeta de cuarentena. Todas las sesiones legibles siguen apareciendo.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and are kept in the quarantine folder. Every readable session still shows.</source>
        <translation>
            <numerusform>%n archivo no se pudo leer y se guarda en la carpeta de cuarentena. Todas las sesiones legibles siguen apareciendo.</numerusform>
            <numerusform>%n archivos no se pudieron leer y se guardan en la carpeta de cuarentena. Todas las sesiones legibles siguen apareciendo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your course so far</source>
        <translation>Tu evolución hasta ahora</translation>
    </message>
    <message>
        <source>Export FHI&amp;R</source>
        <translation>Exportar FHI&amp;R</translation>
    </message>
    <message>
        <source>Your progress and your sessions</source>
        <translation>Su progreso y sus sesiones</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll. Tab goes to the course, the table and the buttons.</source>
        <translation>Re Pág y Av Pág desplazan. Tab va al curso, a la tabla y a los botones.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <source>Your name for the report&apos;s header, so your clinician knows whose it is. Leave it empty to write it in by hand. Tightside does not keep it.</source>
        <translation>Su nombre para el encabezado del informe, para que su profesional sepa de quién es. Déjelo vacío para escribirlo a mano. Tightside no lo guarda.</translation>
    </message>
    <message>
        <source>Your name for the file, so the clinic&apos;s system knows whose data it is. Leave it empty and the file names nobody. Tightside does not keep it.</source>
        <translation>Su nombre para el archivo, para que el sistema de la clínica sepa de quién son los datos. Déjelo vacío y el archivo no nombrará a nadie. Tightside no lo guarda.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Historymodel</name>
    <message>
        <source>&lt;b&gt;Session of %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Sesión del %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Back pain: %1 before</source>
        <translation>Dolor de espalda: %1 antes</translation>
    </message>
    <message>
        <source>, %1 after.</source>
        <translation>, %1 después.</translation>
    </message>
    <message>
        <source> before left %1, right %2</source>
        <translation> antes izquierda %1, derecha %2</translation>
    </message>
    <message>
        <source>; after left %1, right %2</source>
        <translation>; después izquierda %1, derecha %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notas:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation>Pasos completados</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Largest gap before</source>
        <translation>Mayor diferencia antes</translation>
    </message>
    <message>
        <source>Largest gap after</source>
        <translation>Mayor diferencia después</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Left %1, %2: %3</source>
        <translation>%1, lado izquierdo, %2: %3</translation>
    </message>
    <message>
        <source>Right %1, %2: %3</source>
        <translation>%1, lado derecho, %2: %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician today because of these answers:</source>
        <translation>La comprobación se detuvo en las preguntas de seguridad: Tightside te aconsejó consultar a un profesional hoy por estas respuestas:</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician soon because of these answers:</source>
        <translation>La comprobación se detuvo en las preguntas de seguridad: Tightside te aconsejó consultar a un profesional pronto por estas respuestas:</translation>
    </message>
</context>
<context>
    <name>tightside::gui::LogButtons</name>
    <message>
        <source>C&amp;opy log</source>
        <translation>C&amp;opiar el registro</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copiar el registro</translation>
    </message>
    <message>
        <source>Copies Tightside&apos;s log to the clipboard, for a bug report. The log holds what the app did and why something failed, never your ratings, answers or notes.</source>
        <translation>Copia el registro de Tightside al portapapeles, para un informe de error. El registro guarda lo que hizo la aplicación y por qué algo falló, nunca tus puntuaciones, respuestas ni notas.</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Opens the folder that holds Tightside&apos;s log files in your file manager.</source>
        <translation>Abre la carpeta con los archivos de registro de Tightside en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>There is no log yet: nothing was copied.</source>
        <translation>Todavía no hay registro: no se copió nada.</translation>
    </message>
    <message>
        <source>The log was copied: paste it into your bug report.</source>
        <translation>Se copió el registro: pégalo en tu informe de error.</translation>
    </message>
    <message>
        <source>There is no log folder yet.</source>
        <translation>Todavía no hay carpeta de registro.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>No se pudo abrir la carpeta del registro. Está en %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MainWindow</name>
    <message>
        <source>Places: Check, History, Settings, About</source>
        <translation>Secciones: Comprobación, Historial, Ajustes, Acerca de</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next place.</source>
        <translation>Ctrl+Tab pasa a la siguiente sección.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobación</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>A new self-check: safety questions, both sides of each leg group, your plan and the routine.</source>
        <translation>Una nueva autocomprobación: preguntas de seguridad, los dos lados de cada grupo de las piernas, tu plan y la rutina.</translation>
    </message>
    <message>
        <source>Every saved session, a chart of your gaps, and exports.</source>
        <translation>Cada sesión guardada, un gráfico de tus diferencias y exportaciones.</translation>
    </message>
    <message>
        <source>Data folder, voice, step length and protocol.</source>
        <translation>Carpeta de datos, voz, duración de los pasos y protocolo.</translation>
    </message>
    <message>
        <source>The method in plain words, how sure it is, and what Tightside is not.</source>
        <translation>El método en palabras sencillas, lo seguro que es y lo que Tightside no es.</translation>
    </message>
    <message>
        <source>Welcome to Tightside</source>
        <translation>Te damos la bienvenida a Tightside</translation>
    </message>
    <message>
        <source>What Tightside is</source>
        <translation>Qué es Tightside</translation>
    </message>
    <message>
        <source>What the app does, what it is not, and how sure the method is.</source>
        <translation>Qué hace la aplicación, qué no es y lo seguro que es el método.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What this is.&lt;/b&gt; A guide for a tight or aching low back that starts with the legs. You test both sides of five leg muscle groups, and the app finds the tighter side of each. Then it walks you through releasing only that side with a foam roller or a ball, step by step, with a timer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it is not.&lt;/b&gt; It is not medical advice and it does not diagnose. It never works on the low back, the buttocks or the spine. Some answers will send you to a doctor first instead of giving you a routine.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How sure is this?&lt;/b&gt; The idea comes from one practitioner&apos;s experience over several years and about a thousand sessions. It has not been tested in clinical trials. Try it, watch whether the gap between your sides shrinks, and stop if pain rises.&lt;/p&gt;&lt;p&gt;Everything you enter stays on this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué es.&lt;/b&gt; Una guía para la espalda baja tensa o dolorida que empieza por las piernas. Pruebas los dos lados de cinco grupos musculares de las piernas y la aplicación encuentra el lado más tenso de cada uno. Después te guía paso a paso, con un temporizador, para liberar solo ese lado con un rodillo de espuma o una pelota.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué no es.&lt;/b&gt; No es consejo médico y no hace diagnósticos. Nunca trabaja la parte baja de la espalda, los glúteos ni la columna. Algunas respuestas te enviarán primero a un médico en lugar de darte una rutina.&lt;/p&gt;&lt;p&gt;&lt;b&gt;¿Qué seguridad hay?&lt;/b&gt; La idea viene de la experiencia de un profesional durante varios años y unas mil sesiones. No se ha probado en ensayos clínicos. Pruébalo, observa si la diferencia entre tus lados se reduce y detente si el dolor aumenta.&lt;/p&gt;&lt;p&gt;Todo lo que introduces se queda en este ordenador, salvo que lo exportes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I understand: &amp;start</source>
        <translation>Lo entiendo: &amp;empezar</translation>
    </message>
    <message>
        <source>About Tightside</source>
        <translation>Acerca de Tightside</translation>
    </message>
    <message>
        <source>The method, the evidence behind it and what Tightside is not. The arrow keys scroll.</source>
        <translation>El método, las pruebas que lo respaldan y lo que Tightside no es. Las flechas desplazan.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The method in plain words&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Answer the safety questions first. Some answers mean: see a doctor, no routine.&lt;/li&gt;&lt;li&gt;Test both sides of five leg groups: front of the thigh, front of the hip, inner thigh, outer thigh, back of the thigh. Rate each side from 0 to 10.&lt;/li&gt;&lt;li&gt;Where one side is tighter by %2 or more, release only that side. Equal tightness on both sides, however high, counts as balanced.&lt;/li&gt;&lt;li&gt;Check both sides again after the routine. Over one to six sessions the gap should shrink.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Never on the list&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;How good is the evidence?&lt;/h3&gt;&lt;p&gt;The approach comes from one practitioner&apos;s experience (several years, about a thousand sessions), not from clinical trials. Tightside explains every decision it makes, so you can judge for yourself.&lt;/p&gt;&lt;h3&gt;Not medical advice&lt;/h3&gt;&lt;p&gt;Tightside does not diagnose or treat any condition. If pain rises during a release, stop. If you are worried, see a doctor or physiotherapist.&lt;/p&gt;&lt;p&gt;Protocol: %4, version %5. Tightside version %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;El método en palabras sencillas&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Responde primero a las preguntas de seguridad. Algunas respuestas significan: ve a un médico, sin rutina.&lt;/li&gt;&lt;li&gt;Prueba los dos lados de cinco grupos de las piernas: parte delantera del muslo, parte delantera de la cadera, parte interna del muslo, parte externa del muslo, parte trasera del muslo. Puntúa cada lado de 0 a 10.&lt;/li&gt;&lt;li&gt;Donde un lado esté más tenso en %2 o más, libera solo ese lado. La misma tensión en los dos lados, por alta que sea, cuenta como equilibrada.&lt;/li&gt;&lt;li&gt;Vuelve a comprobar los dos lados después de la rutina. En una a seis sesiones la diferencia debería reducirse.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Nunca en la lista&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;¿Qué tan buenas son las pruebas?&lt;/h3&gt;&lt;p&gt;El enfoque viene de la experiencia de un profesional (varios años, unas mil sesiones), no de ensayos clínicos. Tightside explica cada decisión que toma, para que puedas juzgar por ti mismo.&lt;/p&gt;&lt;h3&gt;No es consejo médico&lt;/h3&gt;&lt;p&gt;Tightside no diagnostica ni trata ninguna enfermedad. Si el dolor aumenta durante una liberación, detente. Si te preocupa algo, ve a un médico o a un fisioterapeuta.&lt;/p&gt;&lt;p&gt;Protocolo: %4, versión %5. Tightside versión %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not finish the session started %1 (%2 of %3 steps logged). Nothing of it is lost.</source>
        <translation>No terminaste la sesión empezada el %1 (%2 de %3 pasos registrados). No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Close Tightside?</source>
        <translation>¿Cerrar Tightside?</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. Next time you can resume it or check both sides and save.</source>
        <translation>Tu rutina se guarda sobre la marcha. La próxima vez podrás continuarla o comprobar los dos lados y guardar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>Your protocol file could not be loaded, so the built-in protocol is in use. Settings lists the problems.</source>
        <translation>No se pudo cargar tu archivo de protocolo, así que se usa el protocolo incluido. Ajustes muestra los problemas.</translation>
    </message>
    <message>
        <source>&amp;Resume the routine</source>
        <translation>&amp;Continuar la rutina</translation>
    </message>
    <message>
        <source>Check both sides and sa&amp;ve</source>
        <translation>Comprobar los dos lados y &amp;guardar</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarla</translation>
    </message>
    <message>
        <source>Discard the unfinished session?</source>
        <translation>¿Descartar la sesión sin terminar?</translation>
    </message>
    <message>
        <source>The steps logged in it will not be saved to your history.</source>
        <translation>Los pasos registrados en ella no se guardarán en tu historial.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. After the change, Tightside offers any unfinished session in the data folder in use, to resume it or to check both sides and save.</source>
        <translation>Tu rutina se guarda sobre la marcha. Después del cambio, Tightside ofrece cualquier sesión sin terminar de la carpeta de datos en uso, para continuarla o para comprobar los dos lados y guardar.</translation>
    </message>
    <message>
        <source>The answers of this check are not saved yet; they will be lost.</source>
        <translation>Las respuestas de esta comprobación aún no se han guardado; se perderán.</translation>
    </message>
    <message>
        <source>Stop this check and change the setting?</source>
        <translation>¿Detener esta comprobación y cambiar el ajuste?</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Cambiarlo</translation>
    </message>
    <message>
        <source>Keep the check</source>
        <translation>Mantener la comprobación</translation>
    </message>
    <message>
        <source>The place shown</source>
        <translation>La sección mostrada</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureCanvas</name>
    <message>
        <source>The photo to measure. Tap each landmark in turn, or use the arrow keys to move the crosshair (with Shift for big steps), Enter to place the landmark and Backspace to undo the last one. Drag a landmark to adjust it.</source>
        <translation>La foto que se mide. Toca cada punto de referencia por orden, o mueve la cruz con las flechas (con Mayús a pasos grandes), pulsa Intro para colocar el punto y Retroceso para deshacer el último. Arrastra un punto para ajustarlo.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureDialog</name>
    <message>
        <source>Measure the left %1</source>
        <translation>Medir el lado izquierdo: %1</translation>
    </message>
    <message>
        <source>Measure the right %1</source>
        <translation>Medir el lado derecho: %1</translation>
    </message>
    <message>
        <source>The landmarks, in the order you will tap them:</source>
        <translation>Los puntos de referencia, en el orden en que los tocarás:</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Abrir una foto…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Elige una foto JPEG o PNG de la posición de la prueba.</translation>
    </message>
    <message>
        <source>How to take the photo</source>
        <translation>Cómo hacer la foto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Takes back the last landmark.</source>
        <translation>Quita el último punto.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Takes back every landmark on this photo.</source>
        <translation>Quita todos los puntos de esta foto.</translation>
    </message>
    <message>
        <source>Open another photo…</source>
        <translation>Abrir otra foto…</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Ver la preparación</translation>
    </message>
    <message>
        <source>Use this angle</source>
        <translation>Usar este ángulo</translation>
    </message>
    <message>
        <source>Open a photo of the test</source>
        <translation>Abrir una foto de la prueba</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Take the photo with this computer&apos;s camera: its self-timer gives you %n seconds to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</source>
        <translation>
            <numerusform>Toma la foto con la cámara de este ordenador: su temporizador te da %n segundo para colocarte en posición. O tómala con un móvil u otra cámara (con ayuda de alguien o con temporizador), cópiala a este ordenador y ábrela aquí. Solo se guardan los puntos de referencia y el ángulo, no la foto, salvo que hayas elegido guardar las fotos en Ajustes.</numerusform>
            <numerusform>Toma la foto con la cámara de este ordenador: su temporizador te da %n segundos para colocarte en posición. O tómala con un móvil u otra cámara (con ayuda de alguien o con temporizador), cópiala a este ordenador y ábrela aquí. Solo se guardan los puntos de referencia y el ángulo, no la foto, salvo que hayas elegido guardar las fotos en Ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a photo with the camera…</source>
        <translation>Tomar una foto con la cámara…</translation>
    </message>
    <message>
        <source>Shows the camera&apos;s picture, then takes the photo with a self-timer.</source>
        <translation>Muestra la imagen de la cámara y luego toma la foto con temporizador.</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Tomar otra vez</translation>
    </message>
    <message>
        <source>Takes a new photo with the camera.</source>
        <translation>Toma una foto nueva con la cámara.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureModel</name>
    <message>
        <source>%1°</source>
        <extracomment>An angle in degrees, one decimal: &quot;93.4°&quot;.</extracomment>
        <translation>%1°</translation>
    </message>
    <message>
        <source>This file cannot be read as a photo. Open a JPEG or PNG photo.</source>
        <translation>Este archivo no se puede leer como foto. Abre una foto JPEG o PNG.</translation>
    </message>
    <message>
        <source>Open a photo of the test position to place the landmarks.</source>
        <translation>Abre una foto de la posición de la prueba para colocar los puntos.</translation>
    </message>
    <message>
        <source>Landmark %1 of %2: %3.</source>
        <extracomment>Which landmark to tap or place next: &quot;Landmark 2 of 4: the bony point on the outside of the hip.&quot;</extracomment>
        <translation>Punto %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Angle: %1. Drag a landmark to adjust it, or press Backspace to undo the last one.</source>
        <extracomment>Every landmark is placed: the angle, then what can be done.</extracomment>
        <translation>Ángulo: %1. Arrastra un punto para ajustarlo, o pulsa Retroceso para deshacer el último.</translation>
    </message>
    <message>
        <source>Two landmarks lie on the same spot, so no angle can be measured. Press Backspace and place them again.</source>
        <translation>Dos puntos están en el mismo sitio, así que no se puede medir ningún ángulo. Pulsa Retroceso y colócalos de nuevo.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasurePhotos</name>
    <message>
        <source>The photos could not be kept: the folder %1 cannot be made.</source>
        <translation>No se pudieron guardar las fotos: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A photo could not be kept: %1</source>
        <translation>No se pudo guardar una foto: %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MinutesPage</name>
    <message>
        <source>Time for today (optional)</source>
        <translation>Tiempo para hoy (opcional)</translation>
    </message>
    <message>
        <source>If you are short of time, say how many minutes you have. The plan keeps the most important steps and saves the rest for next time.</source>
        <translation>Si tienes poco tiempo, di cuántos minutos tienes. El plan se queda con los pasos más importantes y guarda el resto para la próxima vez.</translation>
    </message>
    <message>
        <source>Limit today&apos;s releases to</source>
        <translation>Limitar las liberaciones de hoy a</translation>
    </message>
    <message>
        <source>Tick to set a time limit. The plan keeps the most important steps.</source>
        <translation>Márcalo para poner un límite de tiempo. El plan se queda con los pasos más importantes.</translation>
    </message>
    <message>
        <source> minutes</source>
        <extracomment>The unit after the number in the minutes box, with its leading space.</extracomment>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes for today</source>
        <translation>Minutos para hoy</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes.</source>
        <translation>De %1 a %2 minutos.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Page</name>
    <message>
        <source>The page. If it is taller than the window, the arrow keys scroll it.</source>
        <translation>La página. Si es más alta que la ventana, las flechas la desplazan.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PainPage</name>
    <message>
        <source>Your back pain right now</source>
        <translation>Tu dolor de espalda ahora</translation>
    </message>
    <message>
        <source>How much does your back hurt at this moment, from 0 (no pain) to 10 (the worst pain you can imagine)?</source>
        <translation>¿Cuánto te duele la espalda en este momento, de 0 (nada de dolor) a 10 (el peor dolor que puedas imaginar)?</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>DOLOR AHORA</translation>
    </message>
    <message>
        <source>Back pain now, 0 none to 10 extreme</source>
        <translation>Dolor de espalda ahora, de 0 nada a 10 extremo</translation>
    </message>
    <message>
        <source>My back flared up in the last few days (a sudden, stronger bout of pain)</source>
        <translatorcomment>flare-up = brote de dolor, siempre igual.</translatorcomment>
        <translation>He tenido un brote de dolor de espalda en los últimos días (un dolor repentino y más fuerte)</translation>
    </message>
    <message>
        <source>Tick for yes. The plan then uses gentler pressure and shorter holds.</source>
        <translation>Márcalo para sí. El plan usará entonces una presión más suave y tiempos más cortos.</translation>
    </message>
    <message>
        <source>During a flare-up the plan still works only on the legs, with gentler pressure and shorter holds. The hips and back are left alone on purpose.</source>
        <translation>Durante un brote de dolor, el plan sigue trabajando solo en las piernas, con una presión más suave y tiempos más cortos. La cadera y la espalda se dejan en paz a propósito.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlanPage</name>
    <message>
        <source>Your plan for today</source>
        <translation>Tu plan para hoy</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step title, hold</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing to release today</source>
        <translation>Hoy no hay nada que liberar</translation>
    </message>
    <message>
        <source>Balanced (no release needed)</source>
        <translation>Equilibrado (no hace falta liberar)</translation>
    </message>
    <message>
        <source>%1: the two sides differ by less than %2.</source>
        <translation>%1: los dos lados se diferencian en menos de %2.</translation>
    </message>
    <message>
        <source>Next time (did not fit today&apos;s minutes)</source>
        <translation>La próxima vez (no cupo en los minutos de hoy)</translation>
    </message>
    <message>
        <source>Step %1 body map: %2</source>
        <translation>Mapa del cuerpo del paso %1: %2</translation>
    </message>
    <message>
        <source>Never worked on</source>
        <translation>Nunca se trabaja</translation>
    </message>
    <message>
        <source>Body map of the never-regions</source>
        <translation>Mapa del cuerpo de las zonas que nunca se trabajan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show the &amp;rules behind this plan</source>
        <translation>Mostrar las &amp;reglas de este plan</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s routine...</source>
        <translation>&amp;Imprimir la rutina de hoy...</translation>
    </message>
    <message>
        <source>Print today&apos;s routine</source>
        <translation>Imprimir la rutina de hoy</translation>
    </message>
    <message>
        <source>Saves a one-page PDF of today&apos;s steps, holds and how to do them, to print for the floor.</source>
        <translation>Guarda un PDF de una página con los pasos de hoy, sus tiempos y cómo hacerlos, para imprimirlo y tenerlo en el suelo.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Rutina no guardada</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message>
        <source>Today&apos;s routine is saved as %1, ready to print.</source>
        <translation>La rutina de hoy está guardada como %1, lista para imprimir.</translation>
    </message>
    <message>
        <source>Adds the method&apos;s rules for each step, each in plain words, and why each place is never worked on.</source>
        <translation>Añade las reglas del método para cada paso, cada una en palabras sencillas, y por qué cada zona nunca se trabaja.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a hold in seconds; s is the SI symbol</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a hold in whole minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>a hold in minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>One card per step in order, with the side, the hold and your ratings, then what is balanced and what is never worked on. Page Up and Page Down scroll.</source>
        <translation>Una tarjeta por paso, en orden, con el lado, la presión mantenida y tus puntuaciones; después, lo que está equilibrado y lo que nunca se trabaja. Re Pág y Av Pág desplazan.</translation>
    </message>
    <message>
        <source>About %1 min in all: %2 of holds and a %3 lead-in before each.</source>
        <translation>Unos %1 min en total: %2 de presión mantenida y %3 de preparación antes de cada una.</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <comment>step number, side and group, hold</comment>
        <translation>Paso %1: %2, %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, group</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Hold for %1, gently: discomfort no more than %2 out of 10.</source>
        <translation>Mantén %1, con suavidad: molestia no mayor de %2 sobre 10.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Mantén %1.</translation>
    </message>
    <message>
        <source>You rated left %1, right %2: a gap of %3.</source>
        <translation>Puntuaste izquierda %1, derecha %2: una diferencia de %3.</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Por qué este paso</translation>
    </message>
    <message>
        <source>Shows or hides why step %1 is in the plan. Space opens and closes it.</source>
        <translation>Muestra u oculta por qué el paso %1 está en el plan. La barra espaciadora lo abre y lo cierra.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place never worked on: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why they are left alone</source>
        <translation>Por qué no se tocan</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Player</name>
    <message>
        <source>Resume (Space)</source>
        <translation>Continuar (Espacio)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlayerPage</name>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on.</source>
        <translation>Pulsa Espacio o Continuar para seguir.</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>Going on where you paused.</source>
        <translation>Se sigue donde lo pausaste.</translation>
    </message>
    <message>
        <source>Get into position. The hold starts when this reaches 0.</source>
        <translation>Colócate en posición. El tiempo empieza cuando esto llegue a 0.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHO</translation>
    </message>
    <message>
        <source>Rest. The next step starts soon.</source>
        <translation>Descansa. El siguiente paso empieza pronto.</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>DETENIDO</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>Stopped: pain was rising</source>
        <translation>Detenido: el dolor aumentaba</translation>
    </message>
    <message>
        <source>Ease off and lie still for a minute. Rising pain means stop, not push through.

If the pain settles, you may go on with the next step using lighter pressure. If it stays, or you feel tingling, numbness or pain running down the leg, stop for today and check the pain again later. This step is saved as stopped for pain.</source>
        <translation>Afloja y quédate quieto un minuto. Si el dolor aumenta, hay que parar, no aguantar.

Si el dolor se calma, puedes seguir con el siguiente paso presionando menos. Si sigue, o notas hormigueo, entumecimiento o dolor que baja por la pierna, para por hoy y vuelve a valorar el dolor más tarde. Este paso se guarda como detenido por dolor.</translation>
    </message>
    <message>
        <source>Go on with the &amp;next step</source>
        <translation>Seguir con el paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish and check both sides</source>
        <translation>&amp;Terminar y comprobar los dos lados</translation>
    </message>
    <message>
        <source>Back (Left arrow)</source>
        <translation>Atrás (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Skip (Right arrow)</source>
        <translation>Saltar (flecha derecha)</translation>
    </message>
    <message>
        <source>Pain is rising: stop (P)</source>
        <translation>El dolor aumenta: detener (P)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translatorcomment>player = reproductor de la rutina.</translatorcomment>
        <translation>Reproductor de la rutina</translation>
    </message>
    <message>
        <source>Keys: Space pauses or resumes, Left arrow goes back a step, Right arrow skips, P stops for pain, Esc leaves, Page Up and Page Down scroll the steps.</source>
        <translation>Teclas: Espacio pausa o continúa, flecha izquierda vuelve un paso, flecha derecha salta, P detiene por dolor, Esc sale, Re Pág y Av Pág desplazan los pasos.</translation>
    </message>
    <message>
        <source>Only if the pain has settled. Use lighter pressure.</source>
        <translation>Solo si el dolor se ha calmado. Presiona menos.</translation>
    </message>
    <message>
        <source>Ends the routine now. Then you rate both sides again.</source>
        <translation>Termina la rutina ahora. Después vuelves a puntuar los dos lados.</translation>
    </message>
    <message>
        <source>Leave the routine?</source>
        <translation>¿Salir de la rutina?</translation>
    </message>
    <message>
        <source>What you have done so far is kept. You will go on to check both sides of what you released.</source>
        <translation>Lo que has hecho hasta ahora se conserva. Después comprobarás los dos lados de lo que has liberado.</translation>
    </message>
    <message>
        <source>Leave and check both sides</source>
        <translation>Salir y comprobar los dos lados</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Lado: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep off:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evita:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Pronto habrá una imagen de %1.</translation>
    </message>
    <message>
        <source>Picture: %1, %2 side</source>
        <translation>Imagen: %1, lado %2</translation>
    </message>
    <message>
        <source>A drawing of the %1 on the %2 side.</source>
        <translation>Un dibujo de «%1» en el lado %2.</translation>
    </message>
    <message>
        <source>Lit with a thick outline: %1 %2. %3</source>
        <translation>Resaltado con un borde grueso: %2 (%1). %3</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>quedan %1 segundos</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>technique (equipment), duration: &quot;Quadriceps roll (foam roller), 90 s&quot;</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Discomfort: %1 out of 10 or less.</source>
        <translation>Molestia: %1 de 10 o menos.</translation>
    </message>
    <message>
        <source>Slow passes. Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Pasadas lentas. Mantén la molestia en %1 de 10 o menos.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Timer: the side, the phase and the seconds left</source>
        <translation>Temporizador: el lado, la fase y los segundos que quedan</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Goes back to the step before.</source>
        <translation>Vuelve al paso anterior.</translation>
    </message>
    <message>
        <source>Pauses the step, or resumes it where it paused after a short count.</source>
        <translation>Pausa el paso, o lo continúa donde se pausó tras una breve cuenta atrás.</translation>
    </message>
    <message>
        <source>Skips this step; it is logged as skipped.</source>
        <translation>Salta este paso; se registra como saltado.</translation>
    </message>
    <message>
        <source>Stops this step at once and says what to do next. It is logged as stopped for pain.</source>
        <translation>Detiene este paso enseguida y dice qué hacer después. Se registra como detenido por dolor.</translation>
    </message>
    <message>
        <source>Asks first, then ends the routine. What you did is kept.</source>
        <translation>Pregunta primero y luego termina la rutina. Lo que has hecho se conserva.</translation>
    </message>
    <message>
        <source>Voice: starting</source>
        <translation>Voz: iniciándose</translation>
    </message>
    <message>
        <source>What to keep off</source>
        <translation>Qué evitar</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingBars</name>
    <message>
        <source>%1: your ratings before and after</source>
        <translation>%1: tus puntuaciones antes y después</translation>
    </message>
    <message>
        <source>Before the routine: left %1, right %2. After it: left %3, right %4. Out of 10.</source>
        <translation>Antes de la rutina: izquierda %1, derecha %2. Después: izquierda %3, derecha %4. Sobre 10.</translation>
    </message>
    <message>
        <source>After the routine: left %1, right %2. Out of 10.</source>
        <translation>Después de la rutina: izquierda %1, derecha %2. Sobre 10.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingInput</name>
    <message>
        <source>0 none</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 extreme</source>
        <translation>10 extremo</translation>
    </message>
    <message>
        <source>0 means none, 10 means extreme. A digit key sets it, End gives 10.</source>
        <translation>0 significa nada, 10 significa extremo. Una tecla numérica fija el valor, Fin da 10.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>Not answered yet. %1</source>
        <translation>Sin responder todavía. %1</translation>
    </message>
    <message>
        <source>0 out of 10 (none)</source>
        <translation>0 de 10 (nada)</translation>
    </message>
    <message>
        <source>10 out of 10 (extreme)</source>
        <translation>10 de 10 (extremo)</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingPair</name>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1, lado derecho</translation>
    </message>
    <message>
        <source>Rate both sides to see the gap.</source>
        <translation>Puntúa los dos lados para ver la diferencia.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RecheckPage</name>
    <message>
        <source>Check both sides again</source>
        <translation>Vuelve a comprobar los dos lados</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>DOLOR AHORA</translation>
    </message>
    <message>
        <source>Back pain after the routine, 0 none to 10 extreme</source>
        <translation>Dolor de espalda después de la rutina, de 0 nada a 10 extremo</translation>
    </message>
    <message>
        <source>How much does your back hurt now?</source>
        <translation>¿Cuánto te duele la espalda ahora?</translation>
    </message>
    <message>
        <source>Notes (optional, stay on this computer):</source>
        <translation>Notas (opcionales, se quedan en este ordenador):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional. Your notes stay on this computer. Tab moves on.</source>
        <translation>Opcional. Tus notas se quedan en este ordenador. Tab pasa al siguiente.</translation>
    </message>
    <message>
        <source>Nothing was released today, so there is nothing to check again.</source>
        <translation>Hoy no se ha liberado nada, así que no hay nada que volver a comprobar.</translation>
    </message>
    <message>
        <source>%1 tightness after</source>
        <translation>Tensión después: %1</translation>
    </message>
    <message>
        <source>Before: left %1, right %2.</source>
        <translation>Antes: izquierda %1, derecha %2.</translation>
    </message>
    <message>
        <source>Do the same self-tests as before on both sides of each group you released, and rate them again. Your first answers are shown above each pair.</source>
        <translation>Haz las mismas pruebas que antes en los dos lados de cada grupo que liberaste y vuelve a puntuarlos. Tus primeras respuestas aparecen encima de cada par.</translation>
    </message>
    <message>
        <source>Before the routine: %1 out of 10.</source>
        <translation>Antes de la rutina: %1 de 10.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>Measured before: left %1, right %2. Measure again from a photo, set up the same way (optional).</source>
        <extracomment>The angles measured before the routine: &quot;Measured before: left 123.4°, right not measured.&quot;</extracomment>
        <translation>Medido antes: izquierda %1, derecha %2. Vuelve a medir con una foto, preparada igual (opcional).</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ReminderSettingsBox</name>
    <message>
        <source>Remind me when my next check is due</source>
        <translation>Avisarme cuando toque mi próxima comprobación</translation>
    </message>
    <message>
        <source>Shows a desktop notification when your next check is due: at login, and at the time below while Tightside is open. It never names a group, a side or pain.</source>
        <translation>Muestra una notificación del escritorio cuando toca tu próxima comprobación: al iniciar la sesión y, mientras Tightside está abierto, a la hora de abajo. Nunca nombra un grupo, un lado ni el dolor.</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <source>Reminder time of day</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>The time of day the open window reminds you, when a check is due.</source>
        <translation>La hora a la que la ventana abierta te avisa, cuando toca una comprobación.</translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste del recordatorio: %1</translation>
    </message>
    <message>
        <source>Tightside starts at login to check whether a check is due. Untick the box to turn reminders off.</source>
        <translation>Tightside se inicia al iniciar la sesión para ver si toca una comprobación. Desmarca la casilla para desactivar los recordatorios.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ScreeningPage</name>
    <message>
        <source>First, a few safety questions</source>
        <translation>Primero, unas preguntas de seguridad</translation>
    </message>
    <message>
        <source>Things that change how you release</source>
        <translation>Cosas que cambian cómo liberas</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>Tick anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so. Next is there once you have been through the whole list.</source>
        <translation>Marca todo lo que sea cierto para ti ahora. Algunas respuestas significan que un médico debe verte antes de cualquier liberación; la aplicación te lo dirá. Siguiente estará disponible cuando hayas recorrido toda la lista.</translation>
    </message>
    <message>
        <source>Tick anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
        <translation>Marca todo lo que corresponda. El plan usará una presión más ligera, tiempos más cortos o dejará fuera una zona, y dirá por qué.</translation>
    </message>
    <message>
        <source>Tick for yes. Leave empty for no.</source>
        <translation>Márcalo para sí. Déjalo vacío para no.</translation>
    </message>
    <message>
        <source>Needs a doctor today</source>
        <translation>Requiere un médico hoy</translation>
    </message>
    <message>
        <source>Needs a doctor soon</source>
        <translation>Requiere un médico pronto</translation>
    </message>
    <message>
        <source>N&amp;one of these is true for me</source>
        <translation>&amp;Nada de esto es cierto para mí</translation>
    </message>
    <message>
        <source>Tick when no question above is true for you now. Ticking a question clears it.</source>
        <translation>Márcalo cuando ninguna pregunta de arriba sea cierta para ti ahora. Si marcas una pregunta, esta casilla se desmarca.</translation>
    </message>
    <message>
        <source>Go through the whole list first: scroll or Tab to its end, or tick &quot;None of these is true for me&quot;.</source>
        <translation>Recorre primero toda la lista: desplázate o usa Tab hasta el final, o marca «Nada de esto es cierto para mí».</translation>
    </message>
    <message>
        <source>Last time you ticked the ones below. Are they still true? Untick any that no longer applies.</source>
        <translation>La última vez marcaste las de abajo. ¿Siguen siendo ciertas? Desmarca las que ya no se apliquen.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SeekCarePage</name>
    <message>
        <source>Cl&amp;ose this check</source>
        <translation>&amp;Cerrar esta comprobación</translation>
    </message>
    <message>
        <source>Ends this check. No routine is given.</source>
        <translation>Termina esta comprobación. No se da ninguna rutina.</translation>
    </message>
    <message>
        <source>Please get medical help today</source>
        <translation>Busca ayuda médica hoy</translation>
    </message>
    <message>
        <source>Please see a doctor soon</source>
        <translation>Ve pronto a un médico</translation>
    </message>
    <message>
        <source>Your answers (take this list with you):</source>
        <translation>Tus respuestas (lleva esta lista contigo):</translation>
    </message>
    <message>
        <source>%1 Yes.</source>
        <translation>%1 Sí.</translation>
    </message>
    <message>
        <source>If you ticked a box by mistake, go back and change it.</source>
        <translation>Si marcaste una casilla por error, vuelve atrás y cámbiala.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Cop&amp;iar el texto</translation>
    </message>
    <message>
        <source>Copies this page&apos;s words and your answers, to paste into a message or a note.</source>
        <translation>Copia el texto de esta página y sus respuestas, para pegarlos en un mensaje o una nota.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF to print...</source>
        <translation>Guardar como P&amp;DF para imprimir...</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file you can print and take to a doctor.</source>
        <translation>Guarda esta página como un archivo PDF que puede imprimir y llevar al médico.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation>Guardar esta página como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SettingsPage</name>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Opens a folder picker. The history is then read from the new folder.</source>
        <translation>Abre un selector de carpetas. El historial se lee entonces de la carpeta nueva.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Decir los avisos en voz alta</translation>
    </message>
    <message>
        <source>Tick to hear the routine&apos;s cues. They are always shown on screen too.</source>
        <translation>Márcalo para oír los avisos de la rutina. También se muestran siempre en pantalla.</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Motor de voz</translation>
    </message>
    <message>
        <source>Which installed voice speaks the cues. Default picks one for you.</source>
        <translation>Qué voz instalada dice los avisos. Predeterminada elige una por ti.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Speech engine:</source>
        <translation>Motor de voz:</translation>
    </message>
    <message>
        <source>Default step length in seconds</source>
        <translation>Duración predeterminada de los pasos en segundos</translation>
    </message>
    <message>
        <source>How long each release lasts, within the protocol&apos;s range. Gentler holds for a precaution or a flare-up are never made longer.</source>
        <translation>Cuánto dura cada liberación, dentro del rango del protocolo. Los tiempos más suaves por una precaución o un brote de dolor nunca se alargan.</translation>
    </message>
    <message>
        <source>Default step length:</source>
        <translation>Duración predeterminada de los pasos:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>&amp;Load a protocol file...</source>
        <translation>&amp;Cargar un archivo de protocolo...</translation>
    </message>
    <message>
        <source>Opens a protocol file. It is checked first; every problem is listed.</source>
        <translation>Abre un archivo de protocolo. Primero se comprueba; se muestra cada problema.</translation>
    </message>
    <message>
        <source>Use the &amp;built-in protocol</source>
        <translation>Usar el protocolo &amp;incluido</translation>
    </message>
    <message>
        <source>Goes back to the protocol that comes with Tightside.</source>
        <translation>Vuelve al protocolo que viene con Tightside.</translation>
    </message>
    <message>
        <source>Problems found in the protocol file</source>
        <translation>Problemas encontrados en el archivo de protocolo</translation>
    </message>
    <message>
        <source>One problem a line, with where it is in the file.</source>
        <translation>Un problema por línea, con dónde está en el archivo.</translation>
    </message>
    <message>
        <source>Problems in a loaded protocol file show here.</source>
        <translation>Aquí aparecen los problemas de un archivo de protocolo cargado.</translation>
    </message>
    <message>
        <source>Load a protocol</source>
        <translation>Cargar un protocolo</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Protocolos (*.json)</translation>
    </message>
    <message>
        <source>The voice starts with the routine. If it cannot play, cues are shown on screen.</source>
        <translation>La voz empieza con la rutina. Si no puede sonar, los avisos se muestran en pantalla.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <translation>Voz activada.</translation>
    </message>
    <message>
        <source>This protocol was not loaded. Fix these problems and load it again; the protocol in use stays as it was.</source>
        <translation>Este protocolo no se cargó. Corrige estos problemas y vuelve a cargarlo; el protocolo en uso sigue igual.</translation>
    </message>
    <message>
        <source>Loaded %1: no problems found.</source>
        <translation>%1 cargado: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Tightside. It applies the next time you start Tightside.</source>
        <translation>El idioma de Tightside. Se aplica la próxima vez que abras Tightside.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Each language is named in itself, so that a person who cannot read the current one still finds theirs: keep &quot;Deutsch&quot;, &quot;English&quot;, &quot;Español&quot; and &quot;Français&quot; as they are.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time you start Tightside.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que abras Tightside.</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sonido:</translation>
    </message>
    <message>
        <source>Where your sessions are kept on this computer. To change it, use Choose.</source>
        <translation>Dónde se guardan tus sesiones en este ordenador. Para cambiarlo, usa Elegir.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>In use: %1, version %2 (built in)</source>
        <translation>En uso: %1, versión %2 (incluido)</translation>
    </message>
    <message>
        <source>In use: %1, version %2, from %3</source>
        <translation>En uso: %1, versión %2, de %3</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>Loo&amp;k:</source>
        <translation>Aspe&amp;cto:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s own. High contrast is black and white.</source>
        <translation>Colores claros u oscuros, o los del escritorio. El alto contraste es negro y blanco.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Makes every text in Tightside larger.</source>
        <translation>Agranda todos los textos de Tightside.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Keep the photos I measure on</source>
        <translation>Guardar las fotos en las que mido</translation>
    </message>
    <message>
        <source>Off: only the landmarks and the angles are kept. On: the photos are kept too, readable only by you, in the data folder&apos;s photos folder; they are never exported.</source>
        <translation>Desactivado: solo se guardan los puntos y los ángulos. Activado: también se guardan las fotos, legibles solo por ti, en la carpeta photos de la carpeta de datos; nunca se exportan.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Voice and sound</source>
        <translation>Voz y sonido</translation>
    </message>
    <message>
        <source>Routine and reminders</source>
        <translation>Rutina y recordatorios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SetupDrawing</name>
    <message>
        <source>The camera stands at the side of the tested leg, level with the hip and knee, pointing straight at the leg.</source>
        <translation>La cámara está al lado de la pierna que pruebas, a la altura de la cadera y la rodilla, apuntando de frente a la pierna.</translation>
    </message>
    <message>
        <source>The camera stands behind you, level with the hip, pointing straight at your back and the top leg.</source>
        <translation>La cámara está detrás de ti, a la altura de la cadera, apuntando de frente a tu espalda y a la pierna de arriba.</translation>
    </message>
    <message>
        <source>The camera looks straight down from above (a helper holds it, or it is fixed high up), with both hips and the knee in the frame.</source>
        <translation>La cámara mira recta hacia abajo desde arriba (la sostiene alguien o está fijada en alto), con las dos caderas y la rodilla en la imagen.</translation>
    </message>
    <message>
        <source>Drawing: where the camera stands and where the landmarks are</source>
        <translation>Dibujo: dónde está la cámara y dónde están los puntos</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SoundSettings</name>
    <message>
        <source>Play &amp;sounds</source>
        <translation>Reproducir &amp;sonidos</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Ticks while you get ready and in the last five seconds of a hold, and a chime when a hold ends. The screen flashes and shows every cue as well.</source>
        <translation>Tic-tac mientras te preparas y en los últimos cinco segundos de un tiempo, y un timbre cuando termina. La pantalla también destella y muestra cada aviso.</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volumen del sonido</translation>
    </message>
    <message>
        <source>How loud the ticks and the end chime are, from 0 to 100 percent.</source>
        <translation>Lo fuerte que suenan el tic-tac y el timbre final, de 0 a 100 por ciento.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>Sound is unavailable: %1</source>
        <translation>El sonido no está disponible: %1</translation>
    </message>
    <message>
        <source>Sound on, at %1 %.</source>
        <translation>Sonido activado, al %1 %.</translation>
    </message>
    <message>
        <source>Sound off: the screen flashes and shows every cue.</source>
        <translation>Sonido desactivado: la pantalla destella y muestra cada aviso.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Speech</name>
    <message>
        <source>Voice is off (Settings). Cues are shown on screen.</source>
        <translation>La voz está desactivada (Ajustes). Los avisos se muestran en pantalla.</translation>
    </message>
    <message>
        <source>No speech engine is installed. Cues are shown on screen.</source>
        <translation>No hay ningún motor de voz instalado. Los avisos se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The voice cannot play (often: no audio device). Cues are shown on screen.</source>
        <translation>La voz no puede sonar (a menudo: no hay dispositivo de audio). Los avisos se muestran en pantalla.</translation>
    </message>
    <message>
        <source>This build has no voice. Cues are shown on screen.</source>
        <translation>Esta versión no tiene voz. Los avisos se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SummaryPage</name>
    <message>
        <source>Saved: your gap, before and after</source>
        <translation>Guardado: tu diferencia, antes y después</translation>
    </message>
    <message>
        <source>&amp;See your history</source>
        <translation>&amp;Ver tu historial</translation>
    </message>
    <message>
        <source>Shows all your sessions and how the gap changes over time.</source>
        <translation>Muestra todas tus sesiones y cómo cambia la diferencia con el tiempo.</translation>
    </message>
    <message>
        <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
        <translation>Pasos: %1 completados, %2 saltados, %3 parados por dolor.</translation>
    </message>
    <message>
        <source>Add the next check to your ca&amp;lendar...</source>
        <translation>Añadir la próxima comprobación al ca&amp;lendario...</translation>
    </message>
    <message>
        <source>Add the next check to your calendar</source>
        <translation>Añadir la próxima comprobación al calendario</translation>
    </message>
    <message>
        <source>Saves a calendar file (.ics) for the day of your next check, for any calendar app.</source>
        <translation>Guarda un archivo de calendario (.ics) para el día de tu próxima comprobación, para cualquier aplicación de calendario.</translation>
    </message>
    <message>
        <source>There is no session to plan the next check from.</source>
        <translation>No hay ninguna sesión desde la que planificar la próxima comprobación.</translation>
    </message>
    <message>
        <source>Tightside: check both legs again</source>
        <translation>Tightside: volver a comprobar las dos piernas</translation>
    </message>
    <message>
        <source>Rate both sides of each leg group again and compare with last time.</source>
        <translation>Vuelve a puntuar los dos lados de cada grupo de las piernas y compara con la última vez.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Archivo de calendario no guardado</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after (out of 10): %3.</source>
        <translation>Dolor de espalda: %1 antes, %2 después (de 10): %3.</translation>
    </message>
    <message>
        <source>Back pain: %1 before (out of 10).</source>
        <translation>Dolor de espalda: %1 antes (de 10).</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap was %1 and is %2 now.</source>
        <translation>No liberado hoy, solo revisado de nuevo: la diferencia era %1 y ahora es %2.</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap is %1 now.</source>
        <translation>No liberado hoy, solo revisado de nuevo: la diferencia es ahora %1.</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Un cambio solo cuenta a partir de %1 puntos. Son tus propias puntuaciones; no dicen qué causó un cambio.</translation>
    </message>
    <message>
        <source>Your gap, before and after</source>
        <translation>Su diferencia, antes y después</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll.</source>
        <translation>Re Pág y Av Pág desplazan.</translation>
    </message>
    <message>
        <source>Check again in %1 to %2 days, on %3 or the day after. A typical course takes one to six sessions.</source>
        <translation>Vuelva a comprobar en %1 a %2 días, el %3 o al día siguiente. Un curso típico tiene de una a seis sesiones.</translation>
    </message>
    <message>
        <source>Measured from your photos today:</source>
        <translation>Medido hoy a partir de sus fotos:</translation>
    </message>
    <message>
        <source>Released today</source>
        <translation>Liberado hoy</translation>
    </message>
    <message>
        <source>The gap went from %1 to %2.</source>
        <translation>La diferencia pasó de %1 a %2.</translation>
    </message>
    <message>
        <source>The gap is %1 now.</source>
        <translation>La diferencia es ahora %1.</translation>
    </message>
    <message>
        <source>Pain, steps and the next check</source>
        <translation>Dolor, pasos y la próxima comprobación</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Texts</name>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>Both sides feel the same: balanced.</source>
        <translation>Los dos lados se notan igual: equilibrado.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>%1 is tighter by %2</source>
        <translation>%1 está más tenso por %2</translation>
    </message>
    <message>
        <source> (less than %1, so this counts as balanced).</source>
        <translation> (menos de %1, así que cuenta como equilibrado).</translation>
    </message>
    <message>
        <source>: a real difference.</source>
        <translation>: una diferencia real.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2 seconds. Get ready.</source>
        <translation>%1, %2 segundos. Prepárate.</translation>
    </message>
    <message>
        <source>Going on in 3 seconds.</source>
        <translation>Seguimos en 3 segundos.</translation>
    </message>
    <message>
        <source>Start now.</source>
        <translation>Empieza ahora.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>A mitad.</translation>
    </message>
    <message>
        <source>Done. Next: %1.</source>
        <translation>Hecho. Siguiente: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Stopped. Ease off and rest.</source>
        <translation>Detenido. Afloja y descansa.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Saltado.</translation>
    </message>
    <message>
        <source>All done. Now check both sides again.</source>
        <translation>Todo hecho. Ahora vuelve a comprobar los dos lados.</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>the person&apos;s side, inside a sentence: &quot;Picture: Quadriceps roll, left side&quot;</extracomment>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1, lado derecho</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>detenido por dolor</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds; &quot;s&quot; is the SI symbol</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day (4 Dec 2026), then a time of day (10:30)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side, one letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side, one letter</comment>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Tour</name>
    <message>
        <source>Voice off: cues are shown on screen.</source>
        <translation>Voz desactivada: los avisos se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Handout</name>
    <message>
        <source>Left %1, %2 s: %3</source>
        <translation>%1, lado izquierdo, %2 s: %3</translation>
    </message>
    <message>
        <source>Right %1, %2 s: %3</source>
        <translation>%1, lado derecho, %2 s: %3</translation>
    </message>
    <message>
        <source>Why: optional, offered because every leg group is balanced.</source>
        <translation>Por qué: opcional, se ofrece porque todos los grupos de la pierna están equilibrados.</translation>
    </message>
    <message>
        <source>Why: the left felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Por qué: el lado izquierdo se notaba más tenso (%1 frente a %2, una diferencia de %3; se libera a partir de %4).</translation>
    </message>
    <message>
        <source>Why: the right felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Por qué: el lado derecho se notaba más tenso (%1 frente a %2, una diferencia de %3; se libera a partir de %4).</translation>
    </message>
    <message>
        <source>Tightside: today&apos;s routine</source>
        <translation>Tightside: tu rutina de hoy</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Mantén la molestia en %1 de 10 o menos.</translation>
    </message>
    <message>
        <source>Gentle because of the flare-up: lighter pressure, a shorter hold.</source>
        <translation>Suave por el brote de dolor: menos presión, menos tiempo.</translation>
    </message>
    <message>
        <source>Precaution: %1</source>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <source>Keep off:</source>
        <translation>Evita:</translation>
    </message>
    <message>
        <source>Release only the side each step names. If pain rises, ease off or stop. Never the low back or glutes. This is not medical advice.</source>
        <translation>Libera solo el lado que indica cada paso. Si el dolor aumenta, reduce la presión o detente. Nunca la parte baja de la espalda ni los glúteos. No es consejo médico.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Pdf</name>
    <message>
        <source>The PDF could not be prepared in memory.</source>
        <translation>No se pudo preparar el PDF en memoria.</translation>
    </message>
    <message>
        <source>The PDF needs a QGuiApplication (fonts).</source>
        <translation>El PDF necesita una QGuiApplication (fuentes).</translation>
    </message>
    <message>
        <source>Tightside session report</source>
        <translation>Tightside: informe de las sesiones</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo empezar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern (QDateTime::toString): day, month name, full year, 24-hour clock</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern (QDate::toString): day, month name, full year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>left</source>
        <comment>a side of the body</comment>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <comment>a side of the body</comment>
        <translation>derecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>detenido por dolor</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>Tightside: self-check and release log</source>
        <translation>Tightside: registro de autocomprobaciones y liberaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s)</source>
        <translation>
            <numerusform>Del %1 al %2: %n sesión</numerusform>
            <numerusform>Del %1 al %2: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s); checks stopped by a red flag: %3</source>
        <translation>
            <numerusform>Del %1 al %2: %n sesión; comprobaciones detenidas por una señal de alarma: %3</numerusform>
            <numerusform>Del %1 al %2: %n sesiones; comprobaciones detenidas por una señal de alarma: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions are stored yet.</source>
        <translation>Todavía no hay sesiones guardadas.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>protocol id and version</comment>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Tightside %1</source>
        <comment>the app&apos;s name and version</comment>
        <translation>Tightside %1</translation>
    </message>
    <message numerus="yes">
        <source>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n point(s) or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</source>
        <translation>
            <numerusform>Cómo leer las cifras: cada puntuación es de la propia persona, de 0 (nada) a 10 (extrema). La diferencia es izquierda menos derecha, de -10 a 10: por encima de 0 el lado izquierdo se notaba más tenso, por debajo de 0 el derecho. Las pantallas de la app muestran la misma diferencia sin signo (0-10) y nombran el lado más tenso. En un grupo cuyos lados difieren en %n punto o más se libera el lado más tenso. Un cambio cuenta como mejor o peor solo a partir de %1 puntos; un ángulo medido, solo a partir del menor cambio real de su prueba (MDC).</numerusform>
            <numerusform>Cómo leer las cifras: cada puntuación es de la propia persona, de 0 (nada) a 10 (extrema). La diferencia es izquierda menos derecha, de -10 a 10: por encima de 0 el lado izquierdo se notaba más tenso, por debajo de 0 el derecho. Las pantallas de la app muestran la misma diferencia sin signo (0-10) y nombran el lado más tenso. En un grupo cuyos lados difieren en %n puntos o más se libera el lado más tenso. Un cambio cuenta como mejor o peor solo a partir de %1 puntos; un ángulo medido, solo a partir del menor cambio real de su prueba (MDC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions</source>
        <translation>Entre sesiones</translation>
    </message>
    <message>
        <source>Dots joined by a line: at the start of each session. Squares: at the re-check after the routine. Shaded band: a gap too small to release (balanced); for an angle, a gap below the test&apos;s MDC.</source>
        <translation>Puntos unidos por una línea: al inicio de cada sesión. Cuadrados: al volver a comprobar tras la rutina. Banda sombreada: una diferencia demasiado pequeña para liberar (equilibrado); en un ángulo, una diferencia por debajo de la MDC de la prueba.</translation>
    </message>
    <message>
        <source>Pain, 0-10</source>
        <translation>Dolor, 0-10</translation>
    </message>
    <message>
        <source>%1: gap, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1: diferencia, izquierda menos derecha</translation>
    </message>
    <message>
        <source>%1: measured gap in degrees, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1: diferencia medida en grados, izquierda menos derecha</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Sesión %1 de %2: %3</translation>
    </message>
    <message>
        <source>Check stopped at the safety questions: %1</source>
        <translation>Comprobación detenida en las preguntas de seguridad: %1</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician today.</source>
        <translation>Una señal de alarma detuvo la comprobación antes de puntuar nada. La app no dio ninguna rutina y aconsejó consultar a un profesional hoy.</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician soon.</source>
        <translation>Una señal de alarma detuvo la comprobación antes de puntuar nada. La app no dio ninguna rutina y aconsejó consultar pronto a un profesional.</translation>
    </message>
    <message>
        <source>Answered yes: %1 Advice given: %2</source>
        <comment>a red-flag question and the app&apos;s advice</comment>
        <translation>Respondido que sí: %1 Consejo dado: %2</translation>
    </message>
    <message>
        <source>Precautions: none answered yes.</source>
        <translation>Precauciones: ninguna respondida que sí.</translation>
    </message>
    <message>
        <source>Precautions answered yes:</source>
        <translation>Precauciones respondidas que sí:</translation>
    </message>
    <message>
        <source>Acute flare-up: yes (gentle dosage).</source>
        <translation>Brote de dolor: sí (dosis suave).</translation>
    </message>
    <message>
        <source>Acute flare-up: no.</source>
        <translation>Brote de dolor: no.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10. Not rated again after the routine.</source>
        <translation>Dolor al inicio: %1 de 10. No se volvió a puntuar tras la rutina.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10; after the routine: %2 of 10 (%3).</source>
        <translation>Dolor al inicio: %1 de 10; tras la rutina: %2 de 10 (%3).</translation>
    </message>
    <message>
        <source>Nothing to release: every group&apos;s sides were within the threshold.</source>
        <translation>Nada que liberar: en cada grupo los lados estaban dentro del umbral.</translation>
    </message>
    <message>
        <source>No step was done.</source>
        <translation>No se hizo ningún paso.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) did not fit the time given and wait for the next session.</source>
        <translation>
            <numerusform>%n paso no cupo en el tiempo indicado y espera a la próxima sesión.</numerusform>
            <numerusform>%n pasos no cupieron en el tiempo indicado y esperan a la próxima sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was not finished.</source>
        <translation>La sesión no se terminó.</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>At the start (left / right, gap)</source>
        <translation>Al inicio (izquierda / derecha, diferencia)</translation>
    </message>
    <message>
        <source>Re-check (left / right, gap)</source>
        <translation>Nueva comprobación (izquierda / derecha, diferencia)</translation>
    </message>
    <message>
        <source>Gap in this session</source>
        <translation>Diferencia en esta sesión</translation>
    </message>
    <message>
        <source>%1 / %2, gap %3</source>
        <comment>left / right ratings and the signed gap, left minus right</comment>
        <translation>%1 / %2, diferencia %3</translation>
    </message>
    <message>
        <source>not released, re-checked only</source>
        <translation>no liberado, solo revisado de nuevo</translation>
    </message>
    <message>
        <source>not re-checked</source>
        <translation>no revisado de nuevo</translation>
    </message>
    <message>
        <source>Measured angles (degrees, from the person&apos;s photos)</source>
        <translation>Ángulos medidos (grados, a partir de las fotos de la persona)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al inicio</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Nueva comprobación</translation>
    </message>
    <message>
        <source>left %1, right %2</source>
        <comment>measured angles in degrees</comment>
        <translation>izquierda %1, derecha %2</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (below the MDC)</source>
        <comment>measured angles in degrees</comment>
        <translation>izquierda %1, derecha %2, diferencia %3 (por debajo de la MDC)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (left tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>izquierda %1, derecha %2, diferencia %3 (izquierda más tensa)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (right tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>izquierda %1, derecha %2, diferencia %3 (derecha más tensa)</translation>
    </message>
    <message>
        <source>MDC %1</source>
        <comment>a test&apos;s smallest real change in degrees</comment>
        <translation>MDC %1</translation>
    </message>
    <message>
        <source>%1 (MDC %2)</source>
        <comment>a verdict and the test&apos;s smallest real change in degrees</comment>
        <translation>%1 (MDC %2)</translation>
    </message>
    <message>
        <source>What matters to the person, 0 to 10 (higher is better):</source>
        <translation>Lo que le importa a la persona, de 0 a 10 (más es mejor):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an activity and its score</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>(The note goes on; the JSON export holds it whole.)</source>
        <translation>(La nota sigue; la exportación JSON la contiene entera.)</translation>
    </message>
    <message>
        <source>Clinician&apos;s comments</source>
        <translation>Comentarios del profesional sanitario</translation>
    </message>
    <message>
        <source>Date, name and signature:</source>
        <translation>Fecha, nombre y firma:</translation>
    </message>
    <message>
        <source>Tightside report of %1, page %2 of %3</source>
        <translation>Informe de Tightside del %1, página %2 de %3</translation>
    </message>
</context>
<context>
    <name>tightside::report::Text</name>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>detenido por dolor</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>pain %1 before, %2 after</source>
        <translation>dolor %1 antes, %2 después</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>dolor %1</translation>
    </message>
    <message>
        <source>left %1 right %2</source>
        <comment>a group&apos;s ratings before the routine</comment>
        <translation>izquierda %1 derecha %2</translation>
    </message>
    <message>
        <source>-&gt; after: left %1 right %2</source>
        <translation>-&gt; después: izquierda %1 derecha %2</translation>
    </message>
    <message>
        <source>released %1 (left), %2 s: %3</source>
        <translation>liberado: %1, lado izquierdo, %2 s: %3</translation>
    </message>
    <message>
        <source>released %1 (right), %2 s: %3</source>
        <translation>liberado: %1, lado derecho, %2 s: %3</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>notas: %1</translation>
    </message>
    <message>
        <source>About the method: Tightside follows one practitioner&apos;s clinical experience: release the tighter side of the leg muscles and leave the low back and glutes alone. It has not been tested in clinical trials. The figures are the user&apos;s own ratings, not measurements, and most back pain eases over time whatever is done, so a change here does not show what caused it. This report is not medical advice.</source>
        <translation>Sobre el método: Tightside sigue la experiencia clínica de un profesional: liberar el lado más tenso de los músculos de las piernas y dejar en paz la parte baja de la espalda y los glúteos. No se ha probado en ensayos clínicos. Las cifras son puntuaciones propias de la persona, no mediciones, y la mayoría de los dolores de espalda se alivian con el tiempo se haga lo que se haga, así que un cambio aquí no muestra qué lo causó. Este informe no es consejo médico.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an activity and its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>what matters to you (0-10): %1</source>
        <translation>lo que te importa (0-10): %1</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician today</source>
        <translation>detenida en las preguntas de seguridad por una señal de alarma (%1): la app aconsejó consultar a un profesional hoy</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician soon</source>
        <translation>detenida en las preguntas de seguridad por una señal de alarma (%1): la app aconsejó consultar pronto a un profesional</translation>
    </message>
</context>
</TS>

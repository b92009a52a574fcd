from ..builders import FactsheetContent
from .common import (
    FOR_ADULTS,
    INVENTED_EXAMPLE,
    KJT_LINK,
    SHARING_RULE,
    STOPLINE_FOR_ADULTS,
    STOPLINE_LINK,
    STOPLINE_STEP,
    TALK_TO_AN_ADULT,
    UNDER_18,
    VIEWING_RULE,
)

NOTES = (
    "Definition and 'biggest danger': 001 L105. Hard to delete once online: 000 L989-990. "
    "DIGEST 9.1 #6: 000 L987-989 uses 'sexting' for threat-based sharing (that is sextortion); we use 001's "
    "common meaning. Minor = under 18: 001 L263. Art. 383ter and its two penalty ranges: 000 L641-656; "
    "001 L341-342 gives the same figures but calls it 'article 383' (DIGEST 9.1 #1): check which number is "
    "current. 'à destination d'un public non déterminé' is rendered as 'to anyone at all'. "
    "Art. 384 (obtain, keep, view; confiscation always): 000 L559-563, L661-670. "
    "No criminal law for minors (the Code pénal applies to pupils' sexting too): 000 L749-751. Minors are "
    "criminally irresponsible and go to the youth court (loi du 10 août 1992 relative à la protection de la "
    "jeunesse, art. 1 and 2): 000 L766-769, L1142-1148; mediation: 000 L759-761; art. 32, over 16 the "
    "prosecutor may ask for the ordinary procedure: 000 L830-845. Self-produced images of pupils aged 16+: the "
    "seeds do not say they are exempt (DIGEST 2.6), so we say nothing about an exemption. Art. 40 (parents' "
    "fine for lack of supervision) is left out: its amounts are still in francs (000 L849-855, DIGEST 9.1 #10). "
    "Stopline anonymous, tracking number, no amendment or cancel: 001 L329, L333. The screenshot warning about "
    "'disappearing' images is general advice, not a seed fact. The quote is invented."
)


def content(built):
    related = [
        {
            "page": None,
            "url": "https://www.bee-secure.lu/fr/themes/sexting",
            "title": {
                "fr": "BEE SECURE : le sexting",
                "de": "BEE SECURE: Sexting (auf Französisch)",
                "lb": "BEE SECURE: Sexting (op Franséisch)",
                "en": "BEE SECURE: sexting (in French)",
                "pt": "BEE SECURE: sexting (em francês)",
            },
            "description": "",
        },
        STOPLINE_LINK,
        KJT_LINK,
    ]
    return FactsheetContent(
        slug={"fr": "sexting", "de": "sexting", "lb": "sexting", "en": "sexting", "pt": "sexting"},
        title={"fr": "Le sexting", "de": "Sexting", "lb": "Sexting", "en": "Sexting", "pt": "Sexting"},
        intro={
            "fr": "Envoyer une photo ou un message intime, ça peut sembler une preuve de confiance. Mais une fois partie, une photo peut être copiée et partagée sans ton accord.",
            "de": "Ein intimes Foto oder eine intime Nachricht zu schicken, kann sich wie ein Vertrauensbeweis anfühlen. Aber ist ein Foto einmal verschickt, kann es ohne dein Einverständnis kopiert und weitergegeben werden.",
            "lb": "Eng intim Foto oder Message ze schécken, ka sech wéi e Beweis vu Vertrauen ufillen. Mä wann eng Foto eemol fort ass, ka se ouni däin Averständnis kopéiert a weiderginn ginn.",
            "en": "Sending an intimate photo or message can feel like a sign of trust. But once a photo has been sent, it can be copied and shared without your consent.",
            "pt": "Enviar uma foto ou uma mensagem íntima pode parecer uma prova de confiança. Mas, depois de enviada, uma foto pode ser copiada e partilhada sem o teu acordo.",
        },
        topics=("sexting",),
        audiences=("pupils", "parents", "teachers"),
        age_bands=("12-14", "15-18"),
        editor_notes=NOTES,
        body=[
            (
                "key_facts",
                {
                    "heading": "",
                    "facts": [
                        {
                            "fr": "Le mot « sexting » vient de l'anglais : « sex » et « texting », envoyer des messages.",
                            "de": "Das Wort „Sexting“ kommt aus dem Englischen: „sex“ und „texting“, also Nachrichten schreiben.",
                            "lb": "D'Wuert „Sexting“ kënnt aus dem Engleschen: „sex“ an „texting“, also Messagë schreiwen.",
                            "en": "The word “sexting” is made of “sex” and “texting”.",
                            "pt": "A palavra «sexting» vem do inglês: «sex» (sexo) e «texting» (enviar mensagens).",
                        },
                        {
                            "fr": "C'est échanger des messages ou des photos intimes par téléphone, par webcam ou sur les réseaux sociaux.",
                            "de": "Gemeint ist das Austauschen intimer Nachrichten oder Fotos über das Handy, die Webcam oder soziale Netzwerke.",
                            "lb": "Et heescht, intim Messagen oder Fotoen iwwer den Handy, d'Webcam oder sozial Netzwierker auszetauschen.",
                            "en": "It means exchanging intimate messages or photos by phone, webcam or social network.",
                            "pt": "É trocar mensagens ou fotos íntimas pelo telemóvel, pela webcam ou nas redes sociais.",
                        },
                        {
                            "fr": "Le plus grand danger : qu'une photo envoyée en confiance se retrouve sur Internet.",
                            "de": "Die größte Gefahr: dass ein Foto, das im Vertrauen verschickt wurde, im Internet landet.",
                            "lb": "Déi gréisste Gefor: datt eng Foto, déi am Vertraue geschéckt gouf, um Internet landt.",
                            "en": "The biggest danger: a photo sent in trust ends up on the internet.",
                            "pt": "O maior perigo: uma foto enviada em confiança acabar na internet.",
                        },
                        {
                            "fr": "Une fois en ligne, une image peut être très difficile à effacer.",
                            "de": "Ist ein Bild einmal online, kann es sehr schwer sein, es wieder zu löschen.",
                            "lb": "Wann e Bild eemol online ass, kann et ganz schwéier sinn, et erëm ze läschen.",
                            "en": "Once an image is online, it can be very hard to delete.",
                            "pt": "Depois de estar online, uma imagem pode ser muito difícil de apagar.",
                        },
                        {
                            "fr": "Pour la loi, toute personne de moins de 18 ans est un enfant.",
                            "de": "Für das Gesetz ist jede Person unter 18 Jahren ein Kind.",
                            "lb": "Fir d'Gesetz ass all Persoun ënner 18 Joer e Kand.",
                            "en": "In law, everyone under 18 is a child.",
                            "pt": "Para a lei, qualquer pessoa com menos de 18 anos é uma criança.",
                        },
                    ],
                },
            ),
            (
                "what_the_law_says",
                {
                    "heading": "",
                    "rules": [
                        SHARING_RULE,
                        VIEWING_RULE,
                        {
                            "rule": {
                                "fr": "Il n'y a pas de droit pénal à part pour les jeunes : ces règles valent aussi quand ce sont des élèves qui s'envoient des photos. Mais un mineur n'est pas jugé comme un adulte : le tribunal de la jeunesse décide de mesures de protection et d'éducation, ou le parquet peut proposer une médiation.",
                                "de": "Es gibt kein eigenes Strafrecht für Jugendliche: Diese Regeln gelten auch, wenn Schülerinnen und Schüler sich gegenseitig Fotos schicken. Aber Minderjährige werden nicht wie Erwachsene verurteilt: Das Jugendgericht beschließt Schutz- und Erziehungsmaßnahmen, oder die Staatsanwaltschaft kann eine Mediation vorschlagen.",
                                "lb": "Et gëtt kee separat Strofrecht fir Jonker: Dës Regele gëllen och, wann Schüler sech géigesäiteg Fotoe schécken. Mä Mannerjäreger ginn net wéi Erwuessener veruerteelt: D'Jugendgeriicht decidéiert iwwer Moossname fir se ze schützen an ze erzéien, oder de Parquet ka eng Mediatioun proposéieren.",
                                "en": "There is no separate criminal law for young people: these rules also apply when pupils send each other photos. But a minor is not judged like an adult: the youth court decides on measures of protection and education, or the public prosecutor can suggest mediation.",
                                "pt": "Não existe um direito penal próprio para jovens: estas regras também se aplicam quando são alunos a enviar fotos uns aos outros. Mas um menor não é julgado como um adulto: o tribunal de menores decide medidas de proteção e de educação, ou o Ministério Público pode propor uma mediação.",
                            },
                            "age": UNDER_18,
                            "article": {
                                "fr": "Loi du 10 août 1992 relative à la protection de la jeunesse, articles 1 et 2",
                                "de": "Gesetz vom 10. August 1992 über den Jugendschutz (loi relative à la protection de la jeunesse), Artikel 1 und 2",
                                "lb": "Gesetz vum 10. August 1992 iwwer de Jugendschutz (loi relative à la protection de la jeunesse), Artikel 1 an 2",
                                "en": "Law of 10 August 1992 on youth protection (loi relative à la protection de la jeunesse), articles 1 and 2",
                                "pt": "Lei de 10 de agosto de 1992 relativa à proteção da juventude (loi relative à la protection de la jeunesse), artigos 1.º e 2.º",
                            },
                            "penalty": {
                                "fr": "Pas de peine comme pour un adulte, mais des mesures de garde, d'éducation et de préservation. À partir de 16 ans, le parquet peut demander que l'affaire suive les règles ordinaires.",
                                "de": "Keine Strafe wie bei Erwachsenen, sondern Maßnahmen der Obhut, Erziehung und Bewahrung. Ab 16 Jahren kann die Staatsanwaltschaft beantragen, dass der Fall nach den normalen Regeln behandelt wird.",
                                "lb": "Keng Strof wéi bei Erwuessenen, mä Moossname vun Obhutt, Erzéiung a Schutz. Vu 16 Joer un kann de Parquet ufroen, datt de Fall no den normale Regele behandelt gëtt.",
                                "en": "No penalty as for an adult, but measures of care, education and protection. From the age of 16, the public prosecutor can ask for the case to follow the ordinary rules.",
                                "pt": "Não há pena como para um adulto, mas sim medidas de guarda, de educação e de preservação. A partir dos 16 anos, o Ministério Público pode pedir que o caso siga as regras comuns.",
                            },
                        },
                    ],
                    "note": {
                        "fr": "Si tu reçois la photo intime de quelqu'un d'autre, ne la fais pas suivre : la partager est interdit, et ça blesse la personne.",
                        "de": "Wenn du ein intimes Foto von jemand anderem bekommst, leite es nicht weiter: Das ist verboten und verletzt die Person.",
                        "lb": "Wann s du eng intim Foto vun engem anere kriss, schéck se net weider: Dat ass verbueden a verletzt déi Persoun.",
                        "en": "If you receive someone else's intimate photo, do not forward it: sharing it is forbidden, and it hurts that person.",
                        "pt": "Se receberes a foto íntima de outra pessoa, não a reencaminhes: partilhá-la é proibido e magoa essa pessoa.",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Je lui ai envoyé une photo parce qu'on sortait ensemble. Quand on s'est séparés, toute la classe l'avait sur son téléphone.",
                        "de": "Ich habe ihm ein Foto geschickt, weil wir zusammen waren. Als wir uns getrennt haben, hatte die ganze Klasse es auf dem Handy.",
                        "lb": "Ech hunn him eng Foto geschéckt, well mir zesumme waren. Wéi mir eis getrennt hunn, hat déi ganz Klass se um Handy.",
                        "en": "I sent him a photo because we were going out. When we broke up, the whole class had it on their phones.",
                        "pt": "Mandei-lhe uma foto porque namorávamos. Quando acabámos, a turma inteira tinha-a no telemóvel.",
                    },
                    "attribution": INVENTED_EXAMPLE,
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": "",
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Avant d'envoyer une photo, demande-toi : est-ce que ça me dérangerait que toute l'école la voie ?",
                            "de": "Frag dich, bevor du ein Foto schickst: Würde es mich stören, wenn die ganze Schule es sieht?",
                            "lb": "Fro dech, ier s du eng Foto schécks: Géif et mech stéieren, wann déi ganz Schoul se gesäit?",
                            "en": "Before you send a photo, ask yourself: would I mind if the whole school saw it?",
                            "pt": "Antes de enviares uma foto, pergunta a ti mesmo: importava-me se a escola inteira a visse?",
                        },
                        {
                            "fr": "Tu as le droit de dire non. Quelqu'un qui tient à toi ne te met pas la pression pour une photo.",
                            "de": "Du darfst Nein sagen. Wer dich mag, setzt dich für ein Foto nicht unter Druck.",
                            "lb": "Du däerfs Nee soen. Wien dech gär huet, setzt dech fir eng Foto net ënner Drock.",
                            "en": "You have the right to say no. Someone who cares about you does not pressure you for a photo.",
                            "pt": "Tens o direito de dizer não. Quem gosta de ti não te pressiona para enviares uma foto.",
                        },
                        {
                            "fr": "Si tu reçois la photo intime de quelqu'un, ne la fais pas suivre et ne la montre à personne.",
                            "de": "Wenn du ein intimes Foto von jemandem bekommst, leite es nicht weiter und zeig es niemandem.",
                            "lb": "Wann s du eng intim Foto vun engem kriss, schéck se net weider a weis se kengem.",
                            "en": "If you receive someone's intimate photo, do not forward it and do not show it to anyone.",
                            "pt": "Se receberes uma foto íntima de alguém, não a reencaminhes nem a mostres a ninguém.",
                        },
                        {
                            "fr": "Les applis où les images « disparaissent » ne te protègent pas : l'autre peut faire une capture d'écran.",
                            "de": "Apps, in denen Bilder „verschwinden“, schützen dich nicht: Die andere Person kann einen Screenshot machen.",
                            "lb": "Appen, an deenen d'Biller „verschwannen“, schützen dech net: Déi aner Persoun kann e Screenshot maachen.",
                            "en": "Apps where images “disappear” do not protect you: the other person can take a screenshot.",
                            "pt": "As aplicações em que as imagens «desaparecem» não te protegem: a outra pessoa pode fazer uma captura de ecrã.",
                        },
                    ],
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Si ta photo circule, tu n'as pas à avoir honte : c'est la personne qui l'a fait circuler qui a mal agi.",
                        "de": "Wenn dein Foto herumgeht, musst du dich nicht schämen: Falsch gehandelt hat die Person, die es weiterverbreitet hat.",
                        "lb": "Wann deng Foto ronderëm geet, muss du dech net schummen: Falsch gehandelt huet déi Persoun, déi se weiderverbreet huet.",
                        "en": "If your photo is going round, you have nothing to be ashamed of: the person who spread it is the one who did wrong.",
                        "pt": "Se a tua foto anda a circular, não tens de ter vergonha: quem agiu mal foi a pessoa que a espalhou.",
                    },
                    "steps": [
                        TALK_TO_AN_ADULT,
                        {
                            "fr": "Ne supprime pas tout de suite les messages : ils montrent qui a envoyé quoi et quand.",
                            "de": "Lösch die Nachrichten nicht sofort: Sie zeigen, wer wann was geschickt hat.",
                            "lb": "Läsch d'Messagen net direkt: Si weisen, wien wéini wat geschéckt huet.",
                            "en": "Do not delete the messages straight away: they show who sent what and when.",
                            "pt": "Não apagues logo as mensagens: mostram quem enviou o quê e quando.",
                        },
                        STOPLINE_STEP,
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": {
                        "fr": "Parlez du sexting sans faire peur ni faire la morale : un enfant qui craint d'être puni hésitera à demander de l'aide.",
                        "de": "Sprechen Sie über Sexting, ohne Angst zu machen oder zu moralisieren: Ein Kind, das Strafe fürchtet, zögert, um Hilfe zu bitten.",
                        "lb": "Schwätzt iwwer Sexting, ouni Angscht ze maachen oder ze moraliséieren: E Kand, dat Angscht virun enger Strof huet, zéckt, fir ëm Hëllef ze froen.",
                        "en": "Talk about sexting without scaring or lecturing: a child who fears punishment will hesitate to ask for help.",
                        "pt": "Fale de sexting sem assustar nem moralizar: uma criança que tem medo de ser castigada hesita em pedir ajuda.",
                    },
                    "actions": [
                        {
                            "fr": "Si une photo circule dans une classe, demandez aux élèves de la supprimer et de ne pas la faire suivre ; ne la faites pas suivre vous-même, même pour la signaler.",
                            "de": "Wenn ein Foto in einer Klasse herumgeht, bitten Sie die Schülerinnen und Schüler, es zu löschen und nicht weiterzuleiten; leiten Sie es auch selbst nicht weiter, nicht einmal, um es zu melden.",
                            "lb": "Wann eng Foto an enger Klass ronderëm geet, frot d'Schüler, se ze läschen an net weiderzeschécken; schéckt se och selwer net weider, och net fir se ze mellen.",
                            "en": "If a photo is going round a class, ask the pupils to delete it and not to forward it; do not forward it yourself either, not even to report it.",
                            "pt": "Se uma foto circular numa turma, peça aos alunos que a apaguem e não a reencaminhem; também não a reencaminhe, nem sequer para a denunciar.",
                        },
                        STOPLINE_FOR_ADULTS,
                        {
                            "fr": "Un mineur n'est pas puni comme un adulte, mais à partir de 16 ans le parquet peut demander que l'affaire suive les règles ordinaires.",
                            "de": "Minderjährige werden nicht wie Erwachsene bestraft, aber ab 16 Jahren kann die Staatsanwaltschaft beantragen, dass der Fall nach den normalen Regeln behandelt wird.",
                            "lb": "Mannerjäreger ginn net wéi Erwuessener bestrooft, mä vu 16 Joer un kann de Parquet ufroen, datt de Fall no den normale Regele behandelt gëtt.",
                            "en": "A minor is not punished like an adult, but from the age of 16 the public prosecutor can ask for the case to follow the ordinary rules.",
                            "pt": "Um menor não é punido como um adulto, mas a partir dos 16 anos o Ministério Público pode pedir que o caso siga as regras comuns.",
                        },
                    ],
                },
            ),
            ("related_links", {"heading": "", "links": related}),
        ],
    )

from ..builders import FactsheetContent
from .common import (
    FOR_ADULTS,
    GROOMING_RULE,
    INVENTED_EXAMPLE,
    KJT_LINK,
    NEVER_FORWARD,
    REPORT_SOON,
    SEND_NOTHING_MORE,
    SHARING_RULE,
    STOPLINE_LINK,
    TALK_TO_AN_ADULT,
    page_link,
)

NOTES = (
    "Definition (ICT-facilitated sexual coercion and/or extortion, Lanzarote Committee): 000 L967-972. Luxembourg "
    "says art. 385-2 covers it: 000 L975-978, L997-998; bill 6046 commentary on compromising photos used to "
    "control a child by threatening: 000 L980-984. 000 L987-989 calls threat-based sharing 'sexting' (DIGEST 9.1 "
    "#6). Art. 385-2 concerns children under 16: for victims aged 16-17 the seeds say nothing specific on "
    "sextortion (art. 383ter/384 still cover the images, 000 L641-670). Penalties: 000 L1001-1005; art. 383ter: "
    "000 L641-656 (001 L341 calls it art. 383: DIGEST 9.1 #1). Six-month data retention: 000 L1217-1221. "
    "Complaint to the specialised investigators and the virtual police station on www.police.lu: 000 L456-458, "
    "L991-994; 12321: 001 L129, L145-149. Stopline: 001 L325-333. BEE SECURE trains on sextortion: 000 L77-78. "
    "'Send nothing more, no photos and no money' and 'do not contact the person yourself' are our advice: the seeds "
    "say nothing about paying. The Irish campaign line (004 L87) is not Luxembourg law and is not used. "
    "The quote is invented."
)


def content(built):
    related = [page_link(built[slug]) for slug in ("sexting", "webcam", "grooming") if slug in built]
    related += [STOPLINE_LINK, KJT_LINK]
    return FactsheetContent(
        slug={"fr": "sextorsion", "de": "sextortion", "lb": "sextortion", "en": "sextortion", "pt": "sextorsao"},
        title={
            "fr": "La sextorsion",
            "de": "Sextortion",
            "lb": "Sextortion",
            "en": "Sextortion",
            "pt": "Sextorsão",
        },
        intro={
            "fr": "Quelqu'un a des images intimes de toi et menace de les publier si tu ne fais pas ce qu'il demande. Ça s'appelle la sextorsion. Ce n'est pas de ta faute, et tu peux trouver de l'aide.",
            "de": "Jemand hat intime Bilder von dir und droht, sie zu veröffentlichen, wenn du nicht tust, was er verlangt. Das nennt man Sextortion. Es ist nicht deine Schuld, und du kannst Hilfe bekommen.",
            "lb": "Een huet intim Biller vun dir a dreet, se ze publizéieren, wann s du net méchs, wat en verlaangt. Dat nennt een Sextortion. Et ass net deng Schold, an du kanns Hëllef kréien.",
            "en": "Someone has intimate images of you and threatens to post them unless you do what they ask. This is called sextortion. It is not your fault, and you can get help.",
            "pt": "Alguém tem imagens íntimas tuas e ameaça publicá-las se não fizeres o que pede. Chama-se sextorsão. A culpa não é tua, e podes encontrar ajuda.",
        },
        topics=("sextortion",),
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
                            "fr": "La sextorsion, c'est se servir d'images ou de vidéos intimes pour faire du chantage.",
                            "de": "Sextortion heißt: Jemand nutzt intime Bilder oder Videos, um zu erpressen.",
                            "lb": "Sextortion heescht: Een notzt intim Biller oder Videoen, fir ze erpressen.",
                            "en": "Sextortion means using intimate images or videos for blackmail.",
                            "pt": "Sextorsão é usar imagens ou vídeos íntimos para fazer chantagem.",
                        },
                        {
                            "fr": "La menace est presque toujours la même : « Je vais publier tes images. »",
                            "de": "Die Drohung ist fast immer dieselbe: „Ich veröffentliche deine Bilder.“",
                            "lb": "D'Dreeung ass bal ëmmer déiselwecht: „Ech publizéieren deng Biller.“",
                            "en": "The threat is almost always the same: “I will post your images.”",
                            "pt": "A ameaça é quase sempre a mesma: «Vou publicar as tuas imagens.»",
                        },
                        {
                            "fr": "La personne veut en général d'autres images, des actes sexuels ou de l'argent.",
                            "de": "Meistens will die Person weitere Bilder, sexuelle Handlungen oder Geld.",
                            "lb": "Meeschtens wëll déi Persoun nach méi Biller, sexuell Handlungen oder Geld.",
                            "en": "The person usually wants more images, sexual acts or money.",
                            "pt": "Normalmente, a pessoa quer mais imagens, atos sexuais ou dinheiro.",
                        },
                        {
                            "fr": "Quand la victime est un enfant, la loi luxembourgeoise punit ce chantage avec l'article sur le grooming.",
                            "de": "Ist das Opfer ein Kind, bestraft das luxemburgische Gesetz diese Erpressung mit dem Artikel über Cybergrooming.",
                            "lb": "Ass d'Affer e Kand, bestrooft d'Lëtzebuerger Gesetz dës Erpressung mam Artikel iwwer Cybergrooming.",
                            "en": "When the victim is a child, Luxembourg law punishes this blackmail under the grooming article.",
                            "pt": "Quando a vítima é uma criança, a lei luxemburguesa pune esta chantagem com o artigo sobre o aliciamento.",
                        },
                        {
                            "fr": "Certaines données qui permettent de retrouver l'auteur ne sont gardées que six mois : plus tu en parles tôt, mieux c'est.",
                            "de": "Manche Daten, mit denen man den Täter finden kann, werden nur sechs Monate aufbewahrt: Je früher du darüber sprichst, desto besser.",
                            "lb": "Verschidden Donnéeën, mat deenen een den Täter fanne kann, ginn nëmme sechs Méint gespäichert: Wat s du méi fréi driwwer schwätz, wat et besser ass.",
                            "en": "Some of the data that can lead to the person is only kept for six months: the sooner you tell someone, the better.",
                            "pt": "Alguns dados que permitem encontrar o autor só são guardados durante seis meses: quanto mais cedo falares, melhor.",
                        },
                    ],
                },
            ),
            (
                "what_the_law_says",
                {
                    "heading": "",
                    "rules": [GROOMING_RULE, SHARING_RULE],
                    "note": {
                        "fr": "Pour la justice luxembourgeoise, ce chantage fait partie du grooming quand un adulte s'en prend à un enfant : le fautif, c'est lui, pas toi.",
                        "de": "Für die luxemburgische Justiz gehört diese Erpressung zum Cybergrooming, wenn ein Erwachsener ein Kind bedrängt: Schuld ist er, nicht du.",
                        "lb": "Fir d'Lëtzebuerger Justiz gehéiert dës Erpressung zum Cybergrooming, wann en Erwuessenen e Kand bedréckt: Schold ass hien, net du.",
                        "en": "For the Luxembourg justice system, this blackmail is part of grooming when an adult targets a child: the adult is to blame, not you.",
                        "pt": "Para a justiça luxemburguesa, esta chantagem faz parte do aliciamento quando um adulto visa uma criança: a culpa é dele, não tua.",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Il m'a écrit : « Envoie-moi d'autres photos, sinon j'envoie celle-là à tous tes contacts. » J'avais tellement peur que je n'ai rien dit pendant une semaine.",
                        "de": "Er schrieb mir: „Schick mir mehr Fotos, sonst schicke ich dieses an alle deine Kontakte.“ Ich hatte solche Angst, dass ich eine Woche lang nichts gesagt habe.",
                        "lb": "Hien huet mir geschriwwen: „Schéck mer méi Fotoen, soss schécken ech déi hei un all deng Kontakter.“ Ech hat esou eng Angscht, datt ech eng Woch laang näischt gesot hunn.",
                        "en": "He wrote: “Send me more photos, or I'll send this one to all your contacts.” I was so scared that I didn't tell anyone for a week.",
                        "pt": "Ele escreveu-me: «Manda-me mais fotos, senão envio esta a todos os teus contactos.» Tive tanto medo que não disse nada durante uma semana.",
                    },
                    "attribution": INVENTED_EXAMPLE,
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Ce n'est pas de ta faute, même si tu as envoyé la première image. La personne qui te menace commet une infraction.",
                        "de": "Es ist nicht deine Schuld, auch wenn du das erste Bild geschickt hast. Die Person, die dir droht, begeht eine Straftat.",
                        "lb": "Et ass net deng Schold, och wann s du dat éischt Bild geschéckt hues. Déi Persoun, déi dir dreet, begeet eng Strofdot.",
                        "en": "It is not your fault, even if you sent the first image. The person threatening you is committing an offence.",
                        "pt": "A culpa não é tua, mesmo que tenhas enviado a primeira imagem. A pessoa que te ameaça está a cometer um crime.",
                    },
                    "steps": [
                        SEND_NOTHING_MORE,
                        {
                            "fr": "Ne supprime rien : garde les messages, le pseudo et des captures d'écran de la conversation.",
                            "de": "Lösch nichts: Behalte die Nachrichten, den Nutzernamen und Screenshots vom Chat.",
                            "lb": "Läsch näischt: Behal d'Messagen, de Benotzernumm an d'Screenshote vum Chat.",
                            "en": "Do not delete anything: keep the messages, the username and screenshots of the chat.",
                            "pt": "Não apagues nada: guarda as mensagens, o nome de utilizador e capturas de ecrã da conversa.",
                        },
                        TALK_TO_AN_ADULT,
                        REPORT_SOON,
                        {
                            "fr": "Si les images ont été publiées, elles peuvent être signalées à la BEE SECURE Stopline, sans donner ton nom.",
                            "de": "Wenn die Bilder veröffentlicht wurden, können sie bei der BEE SECURE Stopline gemeldet werden, ohne deinen Namen anzugeben.",
                            "lb": "Wann d'Biller publizéiert goufen, kënne se bei der BEE SECURE Stopline gemellt ginn, ouni däin Numm unzeginn.",
                            "en": "If the images have been posted, they can be reported to the BEE SECURE Stopline without giving your name.",
                            "pt": "Se as imagens foram publicadas, podem ser denunciadas à BEE SECURE Stopline, sem dares o teu nome.",
                        },
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": "",
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Méfie-toi des personnes qui, très vite, te demandent des photos ou un appel vidéo intime.",
                            "de": "Sei vorsichtig bei Leuten, die sehr schnell nach Fotos oder einem intimen Videoanruf fragen.",
                            "lb": "Pass op bei Leit, déi ganz séier no Fotoen oder engem intimen Videoappell froen.",
                            "en": "Be wary of people who very quickly ask for photos or an intimate video call.",
                            "pt": "Desconfia de quem te pede, muito depressa, fotos ou uma videochamada íntima.",
                        },
                        {
                            "fr": "Souviens-toi qu'un appel vidéo peut être enregistré.",
                            "de": "Denk daran, dass ein Videoanruf aufgenommen werden kann.",
                            "lb": "Denk drun, datt en Videoappell opgeholl ka ginn.",
                            "en": "Remember that a video call can be recorded.",
                            "pt": "Lembra-te de que uma videochamada pode ser gravada.",
                        },
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": {
                        "fr": "Un enfant victime de sextorsion peut avoir très peur et se sentir coupable. Votre première réaction compte : restez calme et dites-lui qu'il a bien fait de vous en parler.",
                        "de": "Ein Kind, das von Sextortion betroffen ist, hat vielleicht große Angst und fühlt sich schuldig. Ihre erste Reaktion zählt: Bleiben Sie ruhig und sagen Sie ihm, dass es richtig war, mit Ihnen zu sprechen.",
                        "lb": "E Kand, dat vu Sextortion betraff ass, huet vläicht grouss Angscht a fillt sech schëlleg. Är éischt Reaktioun zielt: Bleift roueg a sot him, datt et richteg war, mat Iech ze schwätzen.",
                        "en": "A child facing sextortion may be very frightened and feel guilty. Your first reaction matters: stay calm and tell them they did the right thing by telling you.",
                        "pt": "Uma criança vítima de sextorsão pode ter muito medo e sentir-se culpada. A sua primeira reação conta: mantenha a calma e diga-lhe que fez bem em contar-lhe.",
                    },
                    "actions": [
                        {
                            "fr": "Déposez plainte auprès de la Police grand-ducale : en ligne par le commissariat virtuel de police.lu, ou par téléphone au 12321 (protection de la jeunesse).",
                            "de": "Erstatten Sie Anzeige bei der großherzoglichen Polizei: online über die virtuelle Polizeiwache auf police.lu oder telefonisch unter 12321 (Jugendschutz).",
                            "lb": "Reecht Plainte bei der Groussherzoglecher Police an: online iwwer de virtuelle Policebüro op police.lu oder iwwer Telefon um 12321 (Jugendschutz).",
                            "en": "File a complaint with the Grand Ducal Police: online through the virtual police station on police.lu, or by phone on 12321 (youth protection).",
                            "pt": "Apresente queixa à Polícia Grão-Ducal: online, através da esquadra virtual em police.lu, ou por telefone pelo 12321 (proteção da juventude).",
                        },
                        {
                            "fr": "Ne contactez pas vous-même l'auteur : gardez les preuves et confiez-les à la police.",
                            "de": "Nehmen Sie nicht selbst Kontakt mit dem Täter auf: Bewahren Sie die Beweise auf und übergeben Sie sie der Polizei.",
                            "lb": "Huelt net selwer Kontakt mam Täter op: Behaalt d'Beweiser a gitt se der Police.",
                            "en": "Do not contact the person yourself: keep the evidence and hand it to the police.",
                            "pt": "Não contacte o autor: guarde as provas e entregue-as à polícia.",
                        },
                        NEVER_FORWARD,
                    ],
                },
            ),
            ("related_links", {"heading": "", "links": related}),
        ],
    )

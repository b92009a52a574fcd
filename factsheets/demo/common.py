"""Texts several demo factsheets share."""

FOR_ADULTS = {
    "fr": "Pour les parents et les enseignants",
    "de": "Für Eltern und Lehrkräfte",
    "lb": "Fir Elteren an Enseignanten",
    "en": "For parents and teachers",
    "pt": "Para pais e professores",
}
INVENTED_EXAMPLE = {
    "fr": "Exemple inventé",
    "de": "Erfundenes Beispiel",
    "lb": "Erfonnt Beispill",
    "en": "Invented example",
    "pt": "Exemplo inventado",
}
CRIMINAL_CODE = {
    "fr": "Code pénal, article {}",
    "de": "Strafgesetzbuch (Code pénal), Artikel {}",
    "lb": "Strofgesetzbuch (Code pénal), Artikel {}",
    "en": "Criminal Code (Code pénal), article {}",
    "pt": "Código Penal (Code pénal), artigo {}",
}
TALK_TO_AN_ADULT = {
    "fr": "Parle à un adulte de confiance : un parent, un enseignant, ou le KannerJugendTelefon au 116 111.",
    "de": "Sprich mit einem Erwachsenen, dem du vertraust: einem Elternteil, einer Lehrkraft oder dem KannerJugendTelefon unter 116 111.",
    "lb": "Schwätz mat engem Erwuessenen, deem s du vertraus: engem Elterendeel, engem Enseignant oder dem KannerJugendTelefon um 116 111.",
    "en": "Talk to an adult you trust: a parent, a teacher, or KannerJugendTelefon on 116 111.",
    "pt": "Fala com um adulto de confiança: o teu pai ou a tua mãe, um professor, ou o KannerJugendTelefon pelo 116 111.",
}
REPORT_SOON = {
    "fr": "Signale-le, avec l'aide d'un adulte si tu veux. Fais-le vite : certaines données qui aident la police à retrouver l'auteur ne sont gardées que six mois.",
    "de": "Melde es, wenn du willst mit Hilfe eines Erwachsenen. Warte nicht lange: Manche Daten, mit denen die Polizei den Täter finden kann, werden nur sechs Monate lang aufbewahrt.",
    "lb": "Mell et, wann s du wëlls mat der Hëllef vun engem Erwuessenen. Waart net laang: Verschidden Donnéeën, mat deenen d'Police den Täter fanne kann, ginn nëmme sechs Méint laang gespäichert.",
    "en": "Report it, with an adult's help if you like. Do it soon: some of the data that helps the police find the person is only kept for six months.",
    "pt": "Denuncia, com a ajuda de um adulto se quiseres. Fá-lo depressa: alguns dados que ajudam a polícia a encontrar o autor só são guardados durante seis meses.",
}
NEVER_FORWARD = {
    "fr": "Gardez les messages comme preuves, mais ne faites jamais suivre une image intime d'un mineur, même pour la montrer : décrivez-la et signalez l'adresse où elle se trouve.",
    "de": "Bewahren Sie die Nachrichten als Beweis auf, aber leiten Sie nie ein intimes Bild eines Minderjährigen weiter, auch nicht, um es zu zeigen: Beschreiben Sie es und melden Sie die Adresse, unter der es zu finden ist.",
    "lb": "Behaalt d'Messagen als Beweis, mä schéckt ni en intimt Bild vun engem Mannerjärege weider, och net fir et ze weisen: Beschreift et a mellt d'Adress, wou et ze fannen ass.",
    "en": "Keep the messages as evidence, but never forward an intimate image of a minor, not even to show it: describe it and report the address where it is found.",
    "pt": "Guarde as mensagens como prova, mas nunca reencaminhe uma imagem íntima de um menor, nem sequer para a mostrar: descreva-a e denuncie o endereço onde se encontra.",
}
KJT_LINK = {
    "page": None,
    "url": "https://www.kjt.lu/",
    "title": {
        "fr": "KannerJugendTelefon : 116 111",
        "de": "KannerJugendTelefon: 116 111",
        "lb": "KannerJugendTelefon: 116 111",
        "en": "KannerJugendTelefon: 116 111",
        "pt": "KannerJugendTelefon: 116 111",
    },
    "description": "",
}


def article(number: str) -> dict:
    return {language: text.format(number) for language, text in CRIMINAL_CODE.items()}


def page_link(page):
    """A related-material link to another page; its title follows the page in each language."""
    return {"page": page, "url": "", "title": "", "description": ""}

# ruff: noqa: E501 (the filler sentences are data)
"""Write N seeded ~1,000-word articles for timing ``analysis scan-articles`` on realistic text.

Each article is one to three real excerpts of the development set (``tests/cases/articles/``)
or the seed article, in its language, with the figures varied, mixed with neutral filler
sentences (city councils, weather, harvests) up to about 1,000 words: a story with a few
figures among much other text, as newsroom archives hold.

Run::

    .venv/bin/python benchmarks/make_articles.py /tmp/articles 10000
    /usr/bin/time .venv/bin/python -m analysis scan-articles /tmp/articles --jobs 2 \
        --output /tmp/scan.csv
"""
import pathlib
import random
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
FILLER = {
 "en": ["The city council met on Tuesday to discuss the budget for 2025 and the repair of 12 bridges.",
        "Weather forecasters expect rain across the region later this week, with temperatures near 15 degrees.",
        "The museum reopened its east wing after a renovation that lasted three years.",
        "Officials said the new rail line would cut travel times by about 20 minutes.",
        "Local farmers reported a good harvest, although prices for wheat remained low.",
        "The festival drew visitors from several neighbouring countries over the weekend."],
 "de": ["Der Stadtrat beriet am Dienstag über den Haushalt für 2025 und die Sanierung von 12 Brücken.",
        "Die Meteorologen erwarten für die Region in dieser Woche Regen bei Temperaturen um 15 Grad.",
        "Das Museum hat seinen Ostflügel nach einer dreijährigen Renovierung wieder geöffnet.",
        "Die neue Bahnstrecke soll die Fahrzeit um etwa 20 Minuten verkürzen, hieß es.",
        "Die Landwirte meldeten eine gute Ernte, die Weizenpreise blieben jedoch niedrig."],
 "fr": ["Le conseil municipal s'est réuni mardi pour discuter du budget 2025 et de la réparation de 12 ponts.",
        "Les prévisionnistes attendent de la pluie cette semaine, avec des températures proches de 15 degrés.",
        "Le musée a rouvert son aile est après une rénovation qui a duré trois ans.",
        "La nouvelle ligne ferroviaire doit réduire les temps de trajet d'environ 20 minutes.",
        "Les agriculteurs ont signalé une bonne récolte, même si le prix du blé est resté bas."],
 "es": ["El consejo municipal se reunió el martes para debatir el presupuesto de 2025 y la reparación de 12 puentes.",
        "Los meteorólogos esperan lluvias en la región esta semana, con temperaturas cercanas a 15 grados.",
        "El museo reabrió su ala este tras una renovación que duró tres años.",
        "La nueva línea ferroviaria reducirá los tiempos de viaje en unos 20 minutos, dijeron las autoridades.",
        "Los agricultores informaron de una buena cosecha, aunque el precio del trigo siguió bajo."],
 "ru": ["Городской совет во вторник обсудил бюджет на 2025 год и ремонт 12 мостов.",
        "Синоптики ожидают на этой неделе дожди в регионе при температуре около 15 градусов.",
        "Музей вновь открыл восточное крыло после ремонта, который длился три года.",
        "Новая железнодорожная линия сократит время в пути примерно на 20 минут.",
        "Фермеры сообщили о хорошем урожае, хотя цены на пшеницу остались низкими."],
 "uk": ["Міська рада у вівторок обговорила бюджет на 2025 рік і ремонт 12 мостів.",
        "Синоптики очікують цього тижня дощі в регіоні при температурі близько 15 градусів.",
        "Музей знову відкрив східне крило після ремонту, який тривав три роки.",
        "Нова залізнична лінія скоротить час у дорозі приблизно на 20 хвилин.",
        "Фермери повідомили про добрий урожай, хоча ціни на пшеницю залишилися низькими."],
 "ko": ["시의회는 화요일 2025년 예산과 다리 12곳의 보수를 논의했다.",
        "기상청은 이번 주 지역에 비가 내리고 기온은 15도 안팎일 것으로 내다봤다.",
        "박물관은 3년간의 보수 공사를 마치고 동관을 다시 열었다.",
        "새 철도 노선은 이동 시간을 약 20분 줄일 것이라고 당국은 밝혔다.",
        "농민들은 풍작을 보고했지만 밀 가격은 여전히 낮았다."],
 "ja": ["市議会は火曜日、2025年度の予算と12の橋の補修について協議した。",
        "気象台は今週、地域で雨が降り、気温は15度前後になると予想している。",
        "博物館は3年間の改修を終え、東館を再開した。",
        "新しい鉄道路線により移動時間は約20分短縮されると当局は説明した。",
        "農家は豊作を報告したが、小麦の価格は低いままだった。"],
}


def _words(parts: list[str], lang: str) -> int:
    """Words of an article; Japanese is counted as one word per three characters."""
    if lang == "ja":
        return sum(len(p) // 3 for p in parts)
    return sum(len(p.split()) for p in parts)


def build(n: int, seed: int = 16, words: int = 1000):
    """Yield ``(number, language, text)`` for ``n`` articles of about ``words`` words."""
    dev = yaml.safe_load((ROOT / "tests/cases/articles/devset.yml").read_text(encoding="utf-8"))
    by_lang: dict[str, list[str]] = {}
    for article in dev:
        by_lang.setdefault(article["lang"], []).append(article["text"])
    seed_article = ROOT / "data/raw/articles/theins-278689.txt"
    by_lang["en"].append(seed_article.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    langs = sorted(lang for lang in by_lang if lang in FILLER)
    for k in range(n):
        lang = langs[k % len(langs)]
        parts = [rng.choice(by_lang[lang]).replace("100", str(100 + rng.randrange(900)))
                 for _ in range(rng.randint(1, 3))]
        while _words(parts, lang) < words:
            parts.append(rng.choice(FILLER[lang]))
        rng.shuffle(parts)
        yield k, lang, "\n".join(parts)


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for k, lang, text in build(int(sys.argv[2])):
        (out / f"{k:05d}-{lang}.txt").write_text(text, encoding="utf-8")

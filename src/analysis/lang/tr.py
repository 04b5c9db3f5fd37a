"""Turkish (``tr``): the words of the period engine (no figure table yet).

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["ocak\\w*"],
    ["şubat\\w*"],
    ["mart\\w*"],
    ["nisan\\w*"],
    ["mayıs\\w*"],
    ["haziran\\w*"],
    ["temmuz\\w*"],
    ["ağustos\\w*"],
    ["eylül\\w*"],
    ["ekim\\w*"],
    ["kasım\\w*"],
    ["aralık\\w*"],
]

WEEKDAYS = [
    ["pazartesi\\w*"],
    ["salı\\w*"],
    ["çarşamba\\w*"],
    ["perşembe\\w*"],
    ["cuma"],
    ["cumartesi\\w*"],
    ["pazar", "pazarı", "pazar günü"],
]

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["kış\\w*"],
        "spring": ["ilkbahar\\w*", "bahar\\w*"],
        "summer": ["yaz", "yazın", "yazında"],
        "autumn": ["sonbahar\\w*"],
    },
    "words": {
        "rel:last": ["geçen", "geçtiğimiz", "önceki"],
        "rel:last unit:year": ["geçen yıl", "geçen sene", "geçtiğimiz yıl"],
        "rel:past": ["son"],
        "rel:this": ["bu"],
        "rel:this unit:year": ["bu yıl", "bu sene", "bu yılın"],
        "rel:next": ["gelecek", "önümüzdeki"],
        "unit:day": ["gün", "günde"],
        "units:day": ["günler", "günlerde", "günlük"],
        "unit:week": ["hafta\\w*"],
        "unit:month": ["ay", "ayın", "ayında"],
        "units:month": ["aylarda", "aylık", "aydır"],
        "unit:year": ["yıl\\w*", "sene\\w*"],
        "unit:hour": ["saat\\w*"],
        "part:begin": ["başı\\w*", "başında"],
        "part:mid": ["ortası\\w*", "ortalarında"],
        "part:end": ["sonu\\w*", "sonunda", "sonlarında"],
        "day:0": ["bugün"],
        "day:-1": ["dün"],
        "day:1": ["yarın"],
        "now": ["şu ana kadar", "şimdiye kadar", "halihazırda", "şu anda", "şu an", "hâlihazırda"],
        "before": ["geçenlerde", "son zamanlarda", "daha önce"],
        "future": ["yakında", "yakın zamanda"],
        "since": ["beri", "bu yana", "itibaren", "itibariyle"],
        "until": ["kadar"],
        "and": ["ve"],
        "ago": ["önce"],
        "n:1": ["bir"],
        "n:2": ["iki"],
        "n:3": ["üç"],
        "n:4": ["dört"],
        "n:5": ["beş"],
        "few": ["birkaç", "birkaç gün"],
    },
}

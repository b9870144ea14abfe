"""Chinese word tables: data only, each entry with its value. Chinese writes no spaces, so every form here is
a literal matched between Han characters as between spaces (`kit.NO_WORD_BEFORE`): no form ends in `\\w*`.
Forms are simplified; traditional text is folded to them first (`TRADITIONAL`, used by `normalize`).

The tables have the names of `ru` and `en`; `vocab` joins them. Tables only Chinese needs say why.
"""

from __future__ import annotations

SCALE_WORDS: dict[str, str] = {  # form -> unit (see tradeviz.units)
    "万亿": "万亿",
    "亿": "亿",
    "千万": "千万",
    "百万": "百万",
    "万": "万",
}

CURRENCY_AFTER: dict[str, str] = {
    "美元": "USD",
    "美金": "USD",
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "卢布": "RUB",
    "坚戈": "KZT",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "韩元": "KRW",
    "港元": "HKD",
    "索姆": "KGS",
}

QUALIFIER_WORDS: dict[str, str] = {
    "约": "~",
    "约为": "~",
    "约达": "~",
    "大约": "~",
    "近": "~",
    "接近": "~",
    "将近": "~",
    "超过": ">",
    "超": ">",
    "突破": ">",
    "逾": ">",
    "超出": ">",
    "高于": ">",
    "不足": "<",
    "不到": "<",
    "低于": "<",
}

# Trade words that name no figure.
NEUTRAL_CUES: tuple[str, ...] = (
    "商务部",
    "贸易伙伴",
    "贸易部",
    "世界贸易组织",
    "世贸组织",
    "自贸区",
    "经贸合作",
)

TURNOVER_CUES: tuple[str, ...] = (
    "双边贸易额",
    "贸易额",
    "双边贸易",
    "贸易",
    "进出口额",
    "进出口",
    "贸易规模",
    "贸易值",
)

EXPORT_CUES: tuple[str, ...] = ("出口额", "出口")
IMPORT_CUES: tuple[str, ...] = ("进口额", "进口")
INVESTMENT_CUES: tuple[str, ...] = ("投资存量", "直接投资", "累计投资", "投资额", "投资")

# A total with no partner named: a province's or a country's trade with everyone.
FOREIGN_TRADE_CUES: tuple[str, ...] = (
    "对外贸易额",
    "对外贸易",
    "外贸进出口",
    "外贸总值",
    "外贸",
    "进出口总额",
    "进出口总值",
    "贸易总额",
    "贸易总值",
)

BLOCKER_CUES: tuple[str, ...] = (
    "顺差",
    "逆差",
    "差额",
    "国内生产总值",
    "贷款",
    "合同",
    "协议",
    "项目",
    "预算",
    "收入",
    "利润",
    "储备",
    "债务",
    "销售额",
    "产值",
    "融资",
    "援助",
    "资金",
    "基金",
)

ANAPHOR_CUES: tuple[str, ...] = ("这一数字", "该数字", "这一指标", "该指标")

SECTOR_WORDS: tuple[str, ...] = (
    "农产品",
    "汽车",
    "石油",
    "原油",
    "天然气",
    "煤炭",
    "粮食",
    "小麦",
    "机电产品",
    "服务贸易",
    "跨境电商",
    "电商",
    "能源",
    "矿产品",
    "钢材",
    "铁矿砂",
    "海产品",
    "锯材",
    "棉纱",
    "化肥",
    "水果",
    "蔬菜",
    "肉类",
)

GOAL_CUES: tuple[str, ...] = ("目标", "力争", "争取", "计划", "规划", "致力于", "希望")
FORECAST_CUES: tuple[str, ...] = (
    "有望",
    "预计",
    "预期",
    "可望",
    "估计",
    "预测",
    "将达到",
    "将突破",
    "将超过",
)
# Nothing here: "达到" also follows a goal ("力争...达到1000亿美元"); a figure with no cue is reported anyway.
ACTUAL_CUES: tuple[str, ...] = ("已达", "已经达到", "已突破")

CHANGE_VERBS: tuple[str, ...] = ()
GROWTH_UP_WORDS: tuple[str, ...] = ("增长", "增加", "上升", "提高", "猛增", "增", "上涨")
GROWTH_DOWN_WORDS: tuple[str, ...] = ("下降", "减少", "下滑", "回落", "降低", "萎缩", "下跌")

MONTHS: dict[str, int] = {}
NUMBER_WORDS: dict[str, int] = {}

# Several countries at once: not a pair.
GROUP_CUES: tuple[str, ...] = (
    "中亚五国",
    "中亚国家",
    "中亚",
    "欧亚经济联盟",
    "上合组织",
    "上海合作组织",
    "成员国",
    "东盟",
    "金砖国家",
    "一带一路",
    "沿线国家",
    "独联体",
    "这些国家",
    "各国",
    "全国",
)

# One-character pairs ("中俄", "哈中") and the words for both sides.
BILATERAL_MARKERS: tuple[str, ...] = (
    "双边",
    "两国",
    "双方",
    "中俄",
    "中哈",
    "中吉",
    "中塔",
    "中乌",
    "中土",
    "中蒙",
    "中越",
    "俄中",
    "哈中",
    "吉中",
    "塔中",
    "乌中",
)
PARTNER_PREPOSITIONS: tuple[str, ...] = ()
# Written right before the partner, with no space: "对俄出口", "与哈萨克斯坦", "自俄进口".
GLUED_PARTNER_PREPOSITIONS: tuple[str, ...] = ("对", "与", "同", "和", "自", "从", "向", "跟")

# Direction, glued to the country: "对俄出口" (to Russia), "自俄进口", "从越南进口" (from).
GLUED_SOURCE_BEFORE: tuple[str, ...] = ("自", "从", "由")
GLUED_DESTINATION_BEFORE: tuple[str, ...] = ("对", "向", "往", "在")

# A goal named right after its amount: "2500亿美元的目标".
GOAL_AFTER: tuple[str, ...] = (r"的?目标",)

CLUTTER_HEADINGS: tuple[str, ...] = ("相关新闻", "相关阅读", "延伸阅读", "推荐阅读", "热点推荐")
CLUTTER_LINE_STARTS: tuple[str, ...] = ("【编辑", "责任编辑", "资料图", "原标题", "图片来源")

# "respectively": the amounts before it go, in order, to the years or partners before them.
RESPECTIVELY: tuple[str, ...] = ("分别",)

# Chinese numerals with amounts ("两千亿"): digit words and the place words they multiply.
NUMERAL_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
NUMERAL_PLACES: dict[str, int] = {"十": 10, "百": 100, "千": 1000}

# Full-width digits, letters and signs, one character for one (the offsets stay), to their ASCII forms.
FULL_WIDTH: dict[str, str] = {
    **{chr(0xFF10 + n): str(n) for n in range(10)},
    **{chr(0xFF21 + n): chr(0x41 + n) for n in range(26)},
    **{chr(0xFF41 + n): chr(0x61 + n) for n in range(26)},
    "，": ",",
    "、": ",",
    "．": ".",
    "：": ":",
    "；": ";",
    "（": "(",
    "）": ")",
    "％": "%",
    "＄": "$",
    "～": "~",
    "＋": "+",
    "／": "/",
    "【": "[",
    "】": "]",
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
}

# Traditional characters of trade news, each to its simplified form (one character for one): the tables
# above are written once, in simplified characters.
_TRADITIONAL_PAIRS = (
    "億亿 萬万 貿贸 額额 進进 對对 雙双 邊边 國国 烏乌 薩萨 達达 實实 現现 長长 較较 "
    "與与 總总 計计 資资 關关 續续 兩两 輸输 銷销 價价 際际 預预 爭争 標标 將将 會会 "
    "經经 濟济 華华 羅罗 聯联 歐欧 韓韩 蘭兰 義义 爾尔 別别 庫库 亞亚 內内 龍龙 遼辽 "
    "廣广 東东 雲云 區区 統统 據据 顯显 報报 紀纪 錄录 創创 歷历 來来 於于 為为 這这 "
    "個个 們们 時时 間间 後后 開开 發发 門门 問问 題题 業业 產产 務务 員员 動动 變变 "
    "歲岁 兒儿 車车 電电 礦矿 紡纺 織织 機机 氣气 糧粮 農农 種种 應应 當当 從从 節节 "
    "營营 運运 鐵铁 鋼钢 極极 協协 議议 約约 幾几 點点 穩稳 驟骤 週周 減减 漲涨 幣币 "
    "圓圆 盧卢 堅坚 噸吨 項项 劃划 規规 餘余 積积 貨货 轉转 數数 處处 稱称 說说 講讲 "
    "訪访 領领 導导 駐驻 參参 雜杂 誌志 記记 網网 頁页 編编 輯辑 責责 圖图 塊块 傢家 "
    "勢势 頭头 縣县 鄉乡 鎮镇 邁迈 鞏巩 樞枢 紐纽 麗丽 屆届 壇坛 覽览 場场 組组 獨独 "
    "體体 係系 質质 檢检 級级 階阶 層层 廠厂 戶户 陸陆 線线 絡络 繫系 擴扩 擊击 衛卫 "
    "療疗 醫医 藥药 綠绿 態态 戰战 夥伙 鄰邻 簽签 僅仅 過过 傳传 魯鲁 齊齐 貢贡 獻献 "
    "連连 況况 負负 準准 並并 讓让 認认 識识 優优 適适 鏈链 錢钱 銀银 險险 證证 稅税 "
    "費费 麼么 歸归 檔档 雖虽 樣样 舉举 辦办 環环 壓压 師师 離离 圍围 維维 買买 賣卖"
)
TRADITIONAL: dict[str, str] = {
    pair[0]: pair[1] for pair in _TRADITIONAL_PAIRS.split() if len(pair) == 2 and pair[0] != pair[1]
}

# --- places -------------------------------------------------------------------------------------------------
# Names matched anywhere between Han characters, by country (they join the country's row in `places`).
COUNTRY_GLUED: dict[str, tuple[str, ...]] = {
    "CN": ("中国", "中华人民共和国", "中方", "我国", "习近平", "李强", "李克强"),
    "RU": ("俄罗斯", "俄联邦", "俄方", "普京", "莫斯科"),
    "KZ": ("哈萨克斯坦", "哈方", "托卡耶夫", "纳扎尔巴耶夫", "阿斯塔纳"),
    "UZ": ("乌兹别克斯坦", "乌兹别克", "乌方", "米尔济约耶夫", "塔什干"),
    "KG": ("吉尔吉斯斯坦", "吉尔吉斯", "吉方", "比什凯克"),
    "TJ": ("塔吉克斯坦", "塔吉克", "塔方", "杜尚别"),
    "TM": ("土库曼斯坦", "土库曼"),
    "TR": ("土耳其",),
    "VN": ("越南", "越方"),
    "MN": ("蒙古国",),
    "NL": ("荷兰",),
    "DE": ("德国",),
    "IT": ("意大利", "义大利"),
    "JP": ("日本",),
    "US": ("美国",),
    "EU": ("欧盟",),
    "GB": ("英国",),
    "FR": ("法国",),
    "KR": ("韩国",),
    "IN": ("印度",),
    "PK": ("巴基斯坦",),
    "AF": ("阿富汗",),
    "IR": ("伊朗",),
    "AZ": ("阿塞拜疆",),
    "GE": ("格鲁吉亚",),
    "BY": ("白俄罗斯",),
    "AE": ("阿联酋",),
    "SA": ("沙特",),
    "AU": ("澳大利亚",),
    "UA": ("乌克兰",),
    "TH": ("泰国",),
    "MY": ("马来西亚",),
    "ID": ("印度尼西亚", "印尼"),
    "SG": ("新加坡",),
    "PL": ("波兰",),
    "HU": ("匈牙利",),
    "BR": ("巴西",),
    "CA": ("加拿大",),
    "ES": ("西班牙",),
}
# "蒙古" is Mongolia except inside "内蒙古" (Inner Mongolia, a Chinese region).
COUNTRY_GLUED_GUARDED: dict[str, tuple[tuple[str, str], ...]] = {"MN": (("蒙古", r"(?<!内蒙古)"),)}

# One-character names, a country only next to another one or to a word of direction: "中哈", "哈中", "对俄",
# "自哈进口", "访华" (each with the characters that must not follow it: "哈尔滨" is a city).
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "俄": ("RU", ""),
    "哈": ("KZ", "尔密"),
    "吉": ("KG", "林"),
    "塔": ("TJ", "什吉"),
    "乌": ("UZ", "克鲁兹"),
    "土": ("TM", "耳库地"),
    "蒙": ("MN", "古"),
    "越": ("VN", "南来过"),
    "德": ("DE", "国"),
    "美": ("US", "元金洲国"),
    "韩": ("KR", "元国"),
    "华": ("CN", "为人侨裔商夏东南北西中"),
}
# What may stand before a one-character name: China's abbreviation or a word of direction or place.
ABBREVIATION_AFTER = "中对自向在赴访驻与同和从该来"

# A region's name right before "海关" (customs) names the office that reports, not a side: "珲春海关".
REGION_NOT_BEFORE = r"(?!海关)"
# Regions by English name: (country, forms). Forms of a region `places` already has join its row.
REGION_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Xinjiang": ("CN", ("新疆维吾尔自治区", "新疆")),
    "Heilongjiang": ("CN", ("黑龙江省", "黑龙江")),
    "Inner Mongolia": ("CN", ("内蒙古自治区", "内蒙古")),
    "Jilin": ("CN", ("吉林省", "吉林")),
    "Liaoning": ("CN", ("辽宁省", "辽宁")),
    "Yunnan": ("CN", ("云南省", "云南")),
    "Guangxi": ("CN", ("广西壮族自治区", "广西")),
    "Gansu": ("CN", ("甘肃省", "甘肃")),
    "Shaanxi": ("CN", ("陕西省", "陕西")),
    "Sichuan": ("CN", ("四川省", "四川")),
    "Henan": ("CN", ("河南省", "河南")),
    "Hubei": ("CN", ("湖北省", "湖北")),
    "Jiangsu": ("CN", ("江苏省", "江苏")),
    "Guangdong": ("CN", ("广东省", "广东")),
    "Zhejiang": ("CN", ("浙江省", "浙江")),
    "Shandong": ("CN", ("山东省", "山东")),
    "Heihe": ("CN", ("黑河市", "黑河")),
    "Suifenhe": ("CN", ("绥芬河市", "绥芬河")),
    "Manzhouli": ("CN", ("满洲里市", "满洲里")),  # border ports: the side of the trade they report
    "Erenhot": ("CN", ("二连浩特市", "二连浩特")),
    "Khorgos": ("CN", ("霍尔果斯市", "霍尔果斯")),
    "Hunchun": ("CN", ("珲春市", "珲春")),
    "Alashankou": ("CN", ("阿拉山口市", "阿拉山口")),
}

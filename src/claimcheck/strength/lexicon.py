"""Cue lexicons for claim strength, English and Chinese.

Each cue class is a list of regular expressions; a match is one cue with its span. Classes:

- ``correlational`` — a relationship without direction of cause ("associated with", 与…相关);
- ``causal`` — a causal verb or phrase ("reduces", "leads to", 导致, 降低);
- ``effective`` — efficacy wording, causal by meaning ("effective", 有效);
- ``modal`` — a modal that turns a causal verb in its scope conditional ("may", 可能);
- ``hedge`` — wording that lowers certainty ("suggests", "potential", 提示, 初步);
- ``booster`` — wording that raises certainty ("proven", "cures", 证实, 根治);
- ``negation`` — a negation scoping over the next relation ("not", "no", 未, 不);
- ``advice`` — recommendation or call for study ("should", "further studies", 建议);
- ``no_difference`` — a null comparison ("similar", "noninferior", 无差异);
- ``frame`` — a finding reported as a study's ("a study found that", 研究发现);
- ``trend``, ``causal_noun`` — a change over time, a causal noun ("reduction", 治疗).

``MONTH_MAY`` marks the month "May" ("in May 2019", "since May", "April–May"), which is
masked before the cues are matched so that it is not read as the modal.

``FUTURE_EN`` / ``FUTURE_ZH`` mark a clause about future work ("might be tested in people",
"further studies should …", 有待进一步验证): a hedge there does not hedge the finding.
"""

from __future__ import annotations

_EN_CAUSAL_STEMS = (
    r"increas|reduc|decreas|improv|prevent|caus|induc|enhanc|promot|protect|inhibit|suppress"
    r"|lower|rais|boost|cur(?:e|es|ed|ing)\b|benefit|attenuat|alleviat|trigger|contribut|impair"
    r"|worsen|affect|influenc|impact|determin|elevat|shorten|prolong|accelerat|delay|restor"
    r"|block|mediat|driv(?:e|es|ing)\b|drove|exacerbat|amelior|mitigat|facilitat|lessen|halt"
    r"|cut(?:s|ting)?\b|slash|spur|fuel|stimulat|activat|disrupt|damag|harm|kill|destroy|reverse"
    r"|stop(?:s|ped)?\b|eliminat|extend|speed|slow|ease|relie|strengthen|weaken|modulat|regulat"
    r"|aggravat|optimi[sz]|augment|diminish|counteract|hinder|produc|yield|achiev|reliev|save"
    r"|rescu|confer|deplet|exert|upregulat|downregulat|normaliz|stabiliz|increment"
)

# Verb forms only: "reduces", "reduced", "reducing" — not "reduction" or "treatment".
_VERB = r"(?:e|es|s|ed|d|ing)?\b"

EN: dict[str, tuple[str, ...]] = {
    "correlational": (
        r"\bassociat\w*",
        r"\bcorrelat\w*",
        r"\blink(?:ed|s|age)?\b",
        r"\brelat(?:ed|ionship|ionships|ion)\b",
        r"\bpredict\w*",
        r"\bpredictor\w*",
        r"\brisk factors?\b",
        r"\b(?:more|less) likely\b",
        r"\b(?:higher|lower|greater|increased|reduced|decreased|elevated|smaller|larger) "
        r"(?:risk|rates?|odds|incidence|prevalence|levels?|likelihood|chances?|scores?)\b",
        r"\b(?:higher|lower|greater|smaller) (?:among|in|for)\b",
        r"\bodds\b",
        r"\bhazard\b",
        r"\bat (?:higher|greater|increased|lower|particular) risk\b",
        r"\bconnect(?:ed|ion)\b",
        r"\btied to\b",
        r"\bdiffer(?:ed|ences?)?\b",
        r"\bmarker of\b",
        r"\bindependent(?:ly)? (?:risk|predict)\w*",
        r"\bcoincid\w*",
        r"\bco-?occur\w*",
        r"\bdependent on\b",
        r"\bvar(?:y|ied|ies) (?:with|by|according)\b",
        r"\b(?:increas|decreas|ris|declin|fell|ros)\w* (?:with|among|in parallel)\b",
        r"\b(?:higher|lower|greater|fewer|less|more|worse|better|poorer|shorter|longer|larger"
        r"|smaller)\b[^,;.]{0,50}?\bthan\b",
        r"\b(?:high|low|higher|lower|increased|elevated|reduced|greater)[- ]risk\b",
        r"\brisks? (?:of|for)\b",
        r"\b(?:face|faces|faced|have|has|had) (?:a )?(?:higher|lower|greater|increased|reduced)\b",
        # a marker of an outcome: it goes with the outcome, it does not make it
        r"\b(?:bio)?markers?\b", r"\bindicators?\b", r"\bprognostic\b", r"\bsusceptib\w*",
        # a comparison between groups
        r"\b(?:as )?compared? (?:with|to)\b", r"\bdifferent (?:from|in|between|among|than)\b",
        r"\b(?:more|less|most|highly|particularly|especially) (?:common|prevalent|frequent|severe"
        r"|susceptible|pronounced|prone)\w*",
        r"\b(?:highest|lowest|greatest|worst|best) (?:[\w-]+ ){0,2}?(?:among|in)\b",
        r"\btend(?:s|ed|ency)? to(?:wards?)?\b", r"\binteract\w* with\b", r"\bin relation to\b",
    ),
    "frame": (
        r"\b(?:study|studies|research|researchers|scientists|findings|report|paper|survey"
        r"|analysis|trial)\b[^.]{0,80}?\b(?:found|finds|shows?|showed|shown|reveals?|revealed"
        r"|reports?|reported|suggests?|suggested|indicates?|demonstrat\w+|concludes?)\b",
    ),
    "trend": (
        r"\b(?:increas|decreas|ris|declin|fell|rose|grew|grow|doubl|tripl|drop)\w*\b[^,;.]{0,60}?"
        r"\b(?:between|since|from|over the past|in the past|during the) (?:(?:19|20)\d\d|\w+)",
    ),
    "causal_noun": (
        r"\b(?:reduction|improvement|prevention|protection|inhibition|suppression|induction"
        r"|enhancement|promotion|attenuation|alleviation|impairment|elevation|restoration"
        r"|treatment|therapy|intervention)s?\b",
        r"\btreat(?:s|ed|ing)?\b",
    ),
    "causal": (
        r"\b(?:" + _EN_CAUSAL_STEMS + r")" + _VERB,
        r"\b(?:ups|lifts|curbs|halves|tames|fights|wards? off|key to|sets? off)\b",
        r"\blead(?:s|ing)? to\b",
        r"\bled to\b",
        r"\bresult(?:s|ed|ing)? in\b",
        r"\bdue to\b",
        r"\bbecause of\b",
        r"\bresponsible for\b",
        r"\brole in\b",
        r"\beffects? (?:of|on)\b",
        r"\bhelp(?:s|ed|ing)?\b",
        r"\bmake[sd]? (?:\w+ )?(?:more|less)\b",
        r"\bprotective\b",
        # a benefit or harm: "beneficial", "may be useful", "positive effects"
        r"\b(?:useful|beneficial|helpful|detrimental|advantageous|advantages?)\b",
        r"\bpositive (?:\w+ )?effects?\b",
        # causal verbs and phrases beyond the stems above ("did not alter", "driven by")
        r"\balter(?:s|ed|ing)?\b", r"\bchang(?:e|es|ed)\b(?! (?:in|of|from)\b)", r"\bamplif\w*",
        r"\binterfer\w*", r"\bpredispos\w*", r"\btranslat\w* (?:in)?to\b", r"\bdriven by\b",
        r"\binvolved in\b", r"\bmaintain(?:s|ed)?\b",
        # a part in bringing an outcome about
        r"\brole (?:of|for)\b", r"\bdeterminants?\b", r"\bcontributions? (?:to|of)\b",
        r"\b(?:crucial|critical|essential) (?:for|to|in)\b",
    ),
    "effective": (
        r"\beffective(?:ly|ness)?\b",
        r"\befficac\w*",
        r"\bsuccessful(?:ly)?\b",
        r"\bworks?\b",
    ),
    "modal": (
        r"\bmay\b",  # the month "May" is masked first (cues.mask_month_may)
        r"\bmight\b",
        r"\bcould\b",
        r"\bwould\b",
        r"\bpossibl[ey]\b",
        r"\bpotentially\b",
        r"\bprobabl[ey]\b",
        r"\bappear(?:s|ed)?\b",
        r"\bseem(?:s|ed)?\b",
        r"\bplausibl[ey]\b",
        r"\bperhaps\b",
        r"\bpresumabl[ey]\b",
        r"\bputative(?:ly)?\b",
        r"\bare likely to\b|\bis likely to\b",
    ),
    "hedge": (
        r"\bsuggest\w*",
        r"\bindicat\w*",
        r"\bimpl(?:y|ies|ied)\b",
        r"\bpotential\b",
        r"\bpreliminar\w*",
        r"\bhypothes\w*",
        r"\bpropos\w*",
        r"\bpromis\w*",
        r"\bappear\w*",
        r"\bseem\w*",
        r"\bmay\b",  # the month "May" is masked first (cues.mask_month_may)
        r"\bmight\b",
        r"\bcould\b",
        r"\bpossibl\w*",
        r"\blikely\b",
        r"\bspeculat\w*",
        r"\btentative\w*",
    ),
    "booster": (
        r"\bprov(?:e|es|ed|en)\b",
        r"\bproof\b",
        r"\bconfirm\w*",
        r"\bestablish(?:es|ed)?\b",
        r"\bdefinitive(?:ly)?\b",
        r"\bdefinitely\b",
        r"\bclearly\b",
        r"\bundoubtedly\b",
        r"\bconclusive(?:ly)?\b",
        r"\bcur(?:e|es|ed)\b",
        r"\bbreakthrough\b",
        r"\bmiracle\b",
        r"\bguarantee\w*",
        r"\bcertainly\b",
        r"\bwithout doubt\b",
        r"\bstrong evidence\b",
        r"\bcompletely\b",
        r"\bdramatic(?:ally)?\b",
    ),
    "negation": (
        r"\bnot\b",
        r"\bno\b",
        r"\bnor\b",
        r"\bneither\b",
        r"\bwithout\b",
        r"\bfail(?:s|ed)? to\b",
        r"\bn't\b|\w+n't\b",
        r"\black of\b",
        r"\bunlikely\b",
        r"\bnone\b",
        r"\bnever\b",
    ),
    "advice": (
        r"\bshould\b",
        r"\bmust\b",
        r"\brecommend\w*",
        r"\bneed(?:s|ed)?\b",
        r"\bwarrant\w*",
        r"\bfurther (?:stud|research|investigation|trial)\w*",
        r"\bfuture (?:stud|research|trial)\w*",
        r"\bis required\b|\bare required\b",
        r"\bconsider\w*",
        r"\bfeasib\w*",
        r"\bregistration\b|\bregistered\b|\bclinicaltrials\b|\bisrctn\w*|\bnct\d+",
        r"\bfund\w*|\bsponsor\w*",
        r"\bwe (?:describe|report|present|propose)\b",
        r"\bimportant\b",
        r"\buseful\b|\bvaluable\b|\boption\b|\btool\b",
    ),
    "no_difference": (
        r"\bsimilar\w*",
        r"\bcomparable\b",
        r"\bnon-?inferior\w*",
        r"\bequivalen\w*",
        r"\bno (?:significant )?(?:difference|change|effect|association|benefit)s?\b",
        r"\bnot (?:significantly )?(?:different|associated|related|correlated)\b",
        r"\bsafe(?:ty)?\b",
        r"\bwell[- ]tolerated\b|\btolerab\w*",
        r"\brare\b|\bcommon\b|\bprevalent\b|\bfrequent\b",
    ),
}

ZH: dict[str, tuple[str, ...]] = {
    "correlational": (
        r"与.{0,30}?(?:相关|有关|关联|相联系|挂钩|存在联系)",
        r"和.{0,30}?(?:相关|有关|关联|有联系)",
        r"相关性?",
        r"关联",
        r"(?:正|负)相关",
        r"有关",
        r"联系",
        r"预测(?:因子|指标|因素|价值)?",
        r"(?:危险|风险)因素",
        r"风险(?:更|较)?(?:高|低|大)",
        r"(?:更|较)(?:高|低|多|少|常见|好|差|强|弱|长|短|大|小|快|慢)",
        r"(?:高|低)于",
        r"更容易|更可能|越.{1,20}?越",
        r"差异",
        r"伴随|伴有",
        r"相伴",
    ),
    "causal": (
        r"导致",
        r"引起|引发|诱发|造成|致使|使得",
        r"降低|减少|减轻|缓解|抑制|阻断|阻止|延缓|逆转|减缓|下降",
        r"提高|增加|增强|提升|升高|促进|加速|加快|加重|恶化",
        r"改善|预防|防止|保护|修复|恢复|治愈|根治|消除|杀灭|清除",
        r"损伤|损害|破坏|伤害|扰乱|干扰|阻碍|妨碍",
        r"参与|介导|调节|调控|诱导|激活",
        r"延长|缩短",
        r"帮助|有助于|助力",
        r"影响",
        r"由于|因为|归因于|源于",
        r"让|使(?!用)",
    ),
    "effective": (
        r"有效|奏效|见效|管用",
        r"安全有效",
    ),
    "modal": (
        r"可能|或许|也许|或可|或能|兴许",
        r"有望|可望",
        r"似乎|看来|大概|估计",
        r"潜在",
    ),
    "hedge": (
        r"提示|表明|显示|暗示|推测|认为",
        r"可能|或许|也许|有望|可望|似乎",
        r"初步|潜在|尚需|有待",
    ),
    "booster": (
        r"证实|证明|确定|确认|确证|坐实",
        r"治愈|根治|特效|神药|神奇|奇效",
        r"安全有效|彻底|完全(?!缓解|应答|反应|切除|性)|百分之百|绝对",
        r"一定|定能|必然|必定|肯定|毫无疑问|无疑",
        r"大大|突破|颠覆|奇迹",
    ),
    "negation": (
        r"不|没有|未|无(?!论)|并非|非|否",
    ),
    "causal_noun": (
        r"治疗|疗法|疗效|效果|作用|功效|干预",
    ),
    "frame": (
        r"(?:研究|调查|试验|分析|报告|数据|结果|学者|专家|科学家)(?:人员|团队)?"
        r"(?:发现|显示|表明|证实|指出|提示|报告|称)",
    ),
    "advice": (
        r"建议|应该|应当|需要|需|有待|值得|推荐",
        r"进一步(?:研究|探讨|验证)",
        r"注册|资助|基金",
    ),
    "no_difference": (
        r"相似|相近|类似|相当|无差异|无明显差异|无显著差异|非劣",
        r"安全|耐受",
        r"常见|罕见|普遍",
    ),
}

# The month "May", not the modal: followed by a day or a year ("May 5", "may 2020"); the
# capitalised word after a word that introduces a date ("in May", "since May", "early May");
# or next to another month ("April and May", "May–June"). Group "may" is the word masked.
_MONTHS = (r"(?:January|February|March|April|June|July|August|September|October|November"
           r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_MONTH_JOIN = r"\s*(?:and|or|to|through|until|[-–—/])\s*"
MONTH_MAY = (
    r"\b(?P<may>May)(?=,?\s+\d{1,2}(?:st|nd|rd|th)?\b)",
    r"\b(?P<may>[Mm]ay)(?=,?\s+(?:19|20)\d\d\b)",
    r"(?i:\b(?:in|on|of|by)\s+)(?P<may>[Mm]ay)\b",
    r"(?i:\b(?:since|until|till|from|through|during|before|after|early|mid|late|last|next|this"
    r"|each|every|between)[\s-]+)(?P<may>May)\b",
    r"\b" + _MONTHS + _MONTH_JOIN + r"(?P<may>May)\b",
    r"\b(?P<may>May)" + _MONTH_JOIN + _MONTHS + r"(?!\w)",
)

# Wording of a clause about future work, not about the finding (cues.about_future_work).
FUTURE_EN = (
    # not "new", "prospective", "randomized": "a new study suggests" is about this study
    r"\b(?:further|future|additional|more|larger)"
    r" (?:[\w-]+ ){0,2}?(?:stud(?:y|ies)|research|trials?|investigations?|work|evaluations?"
    r"|experiments?|analys[ie]s)\b",
    r"\bwarrant\w*",
    r"\bmerit\w* (?:further|more|additional)\b",
    r"\b(?:be|being|been) (?:further |now |next |also )?(?:tested|studied|investigated|explored"
    r"|evaluated|examined|confirmed|validated|replicated|assessed|tried|trial(?:l)?ed|pursued)\b",
    r"\bremains? to be\b",
)
FUTURE_ZH = (
    r"进一步|未来|今后|后续(?:研究|试验)|有待|尚需|仍需",
    r"值得.{0,12}?(?:研究|验证|试验|探索|探讨|检验)",
    r"(?:更大|更多|大规模|多中心|前瞻性)(?:样本|规模)?的?(?:研究|试验)",
)

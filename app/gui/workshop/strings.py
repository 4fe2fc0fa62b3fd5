"""UI strings for workshop mode (en/ru/kk)."""

from __future__ import annotations

_S = {
    "window": {"en": "Oylan — workshop", "ru": "Oylan — семинар", "kk": "Oylan — семинар"},
    "all": {"en": "All languages", "ru": "Все языки", "kk": "Барлық тілдер"},
    "present": {"en": "Present (F5)", "ru": "Показать (F5)", "kk": "Көрсету (F5)"},
    "compare": {"en": "Before / after", "ru": "До / после", "kk": "Дейін / кейін"},
    "questions": {"en": "Context questions…", "ru": "Вопросы о контексте…", "kk": "Мәнмәтін сұрақтары…"},
    "export": {"en": "Export handout…", "ru": "Экспорт материала…", "kk": "Материалды экспорттау…"},
    "post": {"en": "Post", "ru": "Пост", "kk": "Жазба"},
    "rewrite": {"en": "Rewrite", "ru": "Вариант", "kk": "Нұсқа"},
    "before": {"en": "Before", "ru": "До", "kk": "Дейін"},
    "after": {"en": "After", "ru": "После", "kk": "Кейін"},
    "changed": {"en": "What changed", "ru": "Что изменилось", "kk": "Не өзгерді"},
    "notes": {"en": "Trainer notes (N hides)", "ru": "Заметки ведущего (N — скрыть)", "kk": "Жүргізуші жазбалары (N — жасыру)"},
    "background": {"en": "Background", "ru": "Что произошло", "kk": "Не болды"},
    "discussion": {"en": "Discussion", "ru": "Обсуждение", "kk": "Талқылау"},
    "risk": {"en": "Risk", "ru": "Риск", "kk": "Қауіп"},
    "keys": {"en": "→/Space next · ← back · N notes · Esc exit",
             "ru": "→/Пробел далее · ← назад · N заметки · Esc выход",
             "kk": "→/Бос орын келесі · ← артқа · N жазбалар · Esc шығу"},
    "nothing": {"en": "No phrasing found — what would a court still look at?",
                "ru": "Формулировок не найдено — на что суд всё равно посмотрит?",
                "kk": "Сөз тіркестері табылмады — сот бәрібір неге қарайды?"},
    "of": {"en": "of", "ru": "из", "kk": "/"},
    "finding": {"en": "Finding", "ru": "Находка", "kk": "Табылған"},
    "loading": {"en": "Loading the analyser…", "ru": "Загрузка анализатора…", "kk": "Талдағыш жүктелуде…"},
    "answers": {"en": "Context answers", "ru": "Ответы о контексте", "kk": "Мәнмәтін жауаптары"},
    "estimate": {"en": "Estimate", "ru": "Оценка", "kk": "Баға"},
}
LEVEL = {
    "none": {"en": "NO SIGNALS", "ru": "СИГНАЛОВ НЕТ", "kk": "БЕЛГІ ЖОҚ"},
    "low": {"en": "LOW", "ru": "НИЗКИЙ", "kk": "ТӨМЕН"},
    "medium": {"en": "MEDIUM", "ru": "СРЕДНИЙ", "kk": "ОРТАША"},
    "high": {"en": "HIGH", "ru": "ВЫСОКИЙ", "kk": "ЖОҒАРЫ"},
}
LEVEL_SYMBOL = {"none": "✓", "low": "◦", "medium": "◆", "high": "▲"}


def tr(key: str, lang: str) -> str:
    d = _S[key]
    return d.get(lang) or d["en"]


def level(risk: str, lang: str) -> str:
    return f"{LEVEL_SYMBOL[risk]} {LEVEL[risk].get(lang, LEVEL[risk]['en'])}"

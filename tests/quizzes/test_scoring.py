"""Scoring: right only when the pupil chose exactly the set of right answers."""


def test_single_right_answer_scores_only_the_right_choice(sexting_quiz):
    question = sexting_quiz.question_list[0]
    right = next(c.id for c in question.choices if c.is_right)
    wrong = next(c.id for c in question.choices if not c.is_right)
    assert not question.several_right
    assert question.is_right([right])
    assert not question.is_right([wrong])
    assert not question.is_right([])


def test_true_false_question_has_two_answers_one_right(sexting_quiz):
    question = sexting_quiz.question_list[1]
    assert len(question.choices) == 2
    assert len(question.right_ids) == 1


def test_several_right_answers_need_the_exact_set(grooming_quiz):
    question = grooming_quiz.question_list[1]
    right = sorted(question.right_ids)
    wrong = next(c.id for c in question.choices if not c.is_right)
    assert question.several_right and len(right) == 3
    assert question.is_right(right)
    assert question.is_right(list(reversed(right)))  # order does not matter
    assert not question.is_right(right[:2])  # missing one right answer
    assert not question.is_right([*right, wrong])  # every box ticked
    assert not question.is_right([wrong])


def test_answer_ids_are_the_same_in_every_translation(sexting_quiz):
    ids = [(q.id, [c.id for c in q.choices]) for q in sexting_quiz.question_list]
    translations = [page.specific for page in sexting_quiz.get_translations()]
    assert len(translations) == 4
    for translation in translations:
        assert [(q.id, [c.id for c in q.choices]) for q in translation.question_list] == ids
        assert translation.question_list[0].text != sexting_quiz.question_list[0].text

import Testing
@testable import ParleyExtraction

@Suite("Who is meant: coreference and context")
struct DiscourseRuleTests {
    @Test("an object pronoun is not its clause's subject: 'Modi congratulated him'")
    func objectPronoun() {
        let text = "Keir Starmer spoke with Indian Prime Minister Narendra Modi on Saturday. Modi congratulated him and invited him to visit India."
        let found = events(text, date: "2024-07-06")
        #expect(found.contains("message:IND→GBR"))
        #expect(found.contains("invitation:IND→GBR"))
    }

    @Test("'the two' are the two people just named")
    func theTwo() {
        #expect(events("On 8 May Xi held talks with President Aleksandar Vucic in Belgrade, and the two signed a series of cooperation agreements.", date: "2024-05-10")
                .contains("agreement:CHN,SRB"))
    }

    @Test("a counterpart holds the same office abroad")
    func counterpart() {
        let mentions = sharedExtractor.linkedMentions(.init(id: "t", text: "U.S. Secretary of State Marco Rubio met his Saudi counterpart.", date: "2025-03-01"))
        #expect(mentions.contains { $0.text.contains("Saudi counterpart") && $0.name == "Faisal bin Farhan" })
    }

    @Test("an official missing from the data keeps their surname for the rest of the article")
    func unknownOfficialSurname() {
        let text = "Ghana's Foreign Minister Samuel Okudzeto Ablakwa has travelled to Ouagadougou. Ablakwa is expected to travel on to Bamako."
        let found = events(text, date: "2025-05-01")
        #expect(found.contains("visit:GHA→BFA"))
        #expect(found.contains("visit:GHA→MLI"))
    }

    @Test("a shorter form of a name already used is that person: 'Sheikh Mohammed'")
    func shorterName() {
        let text = "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the deal. On Wednesday Sheikh Mohammed met the Hamas team."
        #expect(events(text, date: "2025-01-15").contains("meeting:NSA_HAMAS,QAT"))
    }

    @Test("a passive subject is the other party: 'was received by Pope Francis'")
    func passive() {
        #expect(events("Ukrainian President Volodymyr Zelenskiy was received by Pope Francis at the Vatican on Friday.", date: "2024-10-11")
                .contains("meeting:UKR,VAT"))
    }

    @Test("a wire dateline is no party and does not hide the subject")
    func dateline() {
        #expect(events("MANILA, July 8 (Meridian) - Japan and the Philippines signed a reciprocal access agreement on Monday.", date: "2024-07-08")
                == ["agreement:JPN,PHL"])
    }

    @Test("a dateline without a year is dated by the officials the article names")
    func datelineYear() throws {
        let r = sharedExtractor.extract(.init(id: "t", text: "LONDON, July 6 (Meridian) - U.S. President Joe Biden telephoned Keir Starmer on Saturday."))
        #expect(r.publicationDate == "2024-07-06")
    }

    @Test("an act told without a date inside a dated call takes the call's date")
    func actInsideCall() throws {
        let r = sharedExtractor.extract(.init(id: "t", text: "On Tuesday, Biden spoke by phone with Qatar's Emir Sheikh Tamim bin Hamad Al Thani. Biden thanked the emir for Qatar's persistence.", date: "2025-01-15"))
        let thanks = try #require(r.events.first { $0.type == .message })
        #expect(thanks.date?.start == "2025-01-14")
        #expect(thanks.participants.map(\.code).sorted() == ["QAT", "USA"])
    }

    @Test("a non-state group is coded NSA_")
    func nonState() {
        #expect(events("UN Secretary-General Antonio Guterres urged Israel and Hamas to honour the ceasefire.", date: "2025-01-15")
                == ["demand:UN→ISR", "demand:UN→NSA_HAMAS"])
    }
}

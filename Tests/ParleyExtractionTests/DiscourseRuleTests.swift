import Testing
@testable import ParleyExtraction

@Suite("Who is meant: coreference and context")
struct DiscourseRuleTests {
    @Test("a surname written in lower case is an ordinary word: 'drew criticism' is not Terrance Drew")
    func lowerCaseSurnameIsAWord() {
        let found = events("The Kenyan president's trip to Moscow drew criticism at home. He met Russian President Vladimir Putin on Tuesday.", date: "2024-06-20")
        #expect(!found.contains { $0.contains("KNA") })
        #expect(events("Prime Minister Terrance Drew met Indian Prime Minister Narendra Modi in Georgetown on Wednesday.", date: "2024-11-22")
                .contains("meeting:IND,KNA"))
    }

    @Test("'spoke to X by phone' is a call with X; 'spoke to reporters' is no event")
    func spokeTo() {
        #expect(events("Modi spoke to Putin by phone on Monday.", date: "2024-05-10") == ["call:IND,RUS"])
        #expect(events("Modi spoke to reporters in Moscow on Monday.", date: "2024-05-10").isEmpty)
    }

    @Test("'agreed to meet' is a planned meeting; 'looked forward to visiting' is a hope, not an event")
    func agreedToMeet() {
        let e = sharedExtractor.extract(InputDocument(id: "t", text: "Putin and Trump agreed to meet in Saudi Arabia.", date: "2025-02-13")).events
        #expect(e.map(render) == ["meeting:RUS,USA"])
        #expect(e.first?.status == .planned)
        #expect(events("Modi said he looked forward to visiting Russia.", date: "2024-07-01").isEmpty)
    }

    @Test("'called X his friend' names someone; it is not a phone call")
    func callingSomeoneSomething() {
        #expect(events("Putin called Xi his \"dear friend\" at the start of the talks.", date: "2024-05-16").isEmpty)
        #expect(events("Stoltenberg called China a decisive enabler of the war.", date: "2024-07-10").isEmpty)
        #expect(events("Putin called Xi on Tuesday to discuss trade.", date: "2024-05-16").contains("call:CHN,RUS"))
    }

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

@Suite("Modality, quotation and dates in context")
struct ContextRuleTests {
    @Test("'no plans for' undoes what follows")
    func noPlans() {
        #expect(events("The Kremlin said on Tuesday there were no plans for President Vladimir Putin to speak to French President Emmanuel Macron.", date: "2024-02-13").isEmpty)
    }

    @Test("a pleasantry inside a direct quotation is no message")
    func quotedThanks() {
        #expect(events("\"Thank you, my friend, for a warm conversation,\" Jaishankar wrote to Brazil's Mauro Vieira.", date: "2024-09-24").isEmpty)
    }

    @Test("'to see' a named official is meeting them")
    func toSee() {
        #expect(events("Zelenskiy was due in Berlin later in the day to see Chancellor Olaf Scholz.", date: "2024-10-11").contains("meeting:DEU,UKR"))
    }

    @Test("'the two sides' are the other parties of the last event")
    func twoSides() {
        let text = "Moussa Faki Mahamat urged Sudan's army and the paramilitary Rapid Support Forces to observe a truce. "
            + "Antonio Guterres then called on the two sides to silence their guns."
        let found = events(text, date: "2024-03-12")
        #expect(found.contains("demand:UN→SDN"))
        #expect(found.contains("demand:UN→NSA_RSF"))
    }

    @Test("welcoming a guest to the White House is a meeting and the guest's visit")
    func welcomedGuest() {
        #expect(events("President Joe Biden welcomed Kenya's President William Ruto to the White House on Thursday.", date: "2024-05-23")
                == ["meeting:KEN,USA", "visit:KEN→USA"])
    }

    @Test("the military rulers of three states signing together make one agreement of three")
    func rulersSign() {
        #expect(events("The military rulers of Niger, Mali and Burkina Faso signed a treaty on Saturday.", date: "2024-07-06")
                == ["agreement:BFA,MLI,NER"])
    }

    @Test("a weekday the story names settles a dateline's year among equals")
    func datelineWeekday() {
        let r = sharedExtractor.extract(.init(id: "t", text: "WASHINGTON, May 23 (Meridian) - President Joe Biden welcomed Kenya's President William Ruto on Thursday. Ruto has met Biden three times since 2022."))
        #expect(r.publicationDate == "2024-05-23")
    }
}

/**
 */
package org.lmw.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.Evidence;
import org.lmw.model.LmwPackage;
import org.lmw.model.OrderDirection;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunQuery;
import org.lmw.model.Verdict;
import org.lmw.model.Window;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prediction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getWindow <em>Window</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getAtStep <em>At Step</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getLower <em>Lower</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getTheory <em>Theory</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getAgainst <em>Against</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getComparisonQuery <em>Comparison Query</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getFrozenAt <em>Frozen At</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.lmw.model.impl.PredictionImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PredictionImpl extends MinimalEObjectImpl.Container implements Prediction {
	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PredictionKind KIND_EDEFAULT = PredictionKind.THRESHOLD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PredictionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected RunQuery query;

	/**
	 * The default value of the '{@link #getWindow() <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindow()
	 * @generated
	 * @ordered
	 */
	protected static final Window WINDOW_EDEFAULT = Window.END;

	/**
	 * The cached value of the '{@link #getWindow() <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindow()
	 * @generated
	 * @ordered
	 */
	protected Window window = WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtStep() <em>At Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtStep()
	 * @generated
	 * @ordered
	 */
	protected static final long AT_STEP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAtStep() <em>At Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtStep()
	 * @generated
	 * @ordered
	 */
	protected long atStep = AT_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected static final double LOWER_EDEFAULT = Double.NEGATIVE_INFINITY;

	/**
	 * The cached value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected double lower = LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double UPPER_EDEFAULT = Double.POSITIVE_INFINITY;

	/**
	 * The cached value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected double upper = UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheory() <em>Theory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheory()
	 * @generated
	 * @ordered
	 */
	protected static final String THEORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheory() <em>Theory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheory()
	 * @generated
	 * @ordered
	 */
	protected String theory = THEORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgainst() <em>Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgainst()
	 * @generated
	 * @ordered
	 */
	protected static final String AGAINST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgainst() <em>Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgainst()
	 * @generated
	 * @ordered
	 */
	protected String against = AGAINST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComparisonQuery() <em>Comparison Query</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisonQuery()
	 * @generated
	 * @ordered
	 */
	protected RunQuery comparisonQuery;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final OrderDirection DIRECTION_EDEFAULT = OrderDirection.INCREASING;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected OrderDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrozenAt() <em>Frozen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrozenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FROZEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrozenAt() <em>Frozen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrozenAt()
	 * @generated
	 * @ordered
	 */
	protected Date frozenAt = FROZEN_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.PENDING;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected Evidence evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PredictionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.PREDICTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PredictionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PredictionKind newKind) {
		PredictionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunQuery getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuery(RunQuery newQuery, NotificationChain msgs) {
		RunQuery oldQuery = query;
		query = newQuery;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__QUERY, oldQuery, newQuery);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(RunQuery newQuery) {
		if (newQuery != query) {
			NotificationChain msgs = null;
			if (query != null)
				msgs = ((InternalEObject)query).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__QUERY, null, msgs);
			if (newQuery != null)
				msgs = ((InternalEObject)newQuery).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__QUERY, null, msgs);
			msgs = basicSetQuery(newQuery, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__QUERY, newQuery, newQuery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Window getWindow() {
		return window;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindow(Window newWindow) {
		Window oldWindow = window;
		window = newWindow == null ? WINDOW_EDEFAULT : newWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__WINDOW, oldWindow, window));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAtStep() {
		return atStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtStep(long newAtStep) {
		long oldAtStep = atStep;
		atStep = newAtStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__AT_STEP, oldAtStep, atStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLower() {
		return lower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLower(double newLower) {
		double oldLower = lower;
		lower = newLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__LOWER, oldLower, lower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUpper() {
		return upper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpper(double newUpper) {
		double oldUpper = upper;
		upper = newUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__UPPER, oldUpper, upper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheory() {
		return theory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheory(String newTheory) {
		String oldTheory = theory;
		theory = newTheory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__THEORY, oldTheory, theory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgainst() {
		return against;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgainst(String newAgainst) {
		String oldAgainst = against;
		against = newAgainst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__AGAINST, oldAgainst, against));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunQuery getComparisonQuery() {
		return comparisonQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetComparisonQuery(RunQuery newComparisonQuery, NotificationChain msgs) {
		RunQuery oldComparisonQuery = comparisonQuery;
		comparisonQuery = newComparisonQuery;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__COMPARISON_QUERY, oldComparisonQuery, newComparisonQuery);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparisonQuery(RunQuery newComparisonQuery) {
		if (newComparisonQuery != comparisonQuery) {
			NotificationChain msgs = null;
			if (comparisonQuery != null)
				msgs = ((InternalEObject)comparisonQuery).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__COMPARISON_QUERY, null, msgs);
			if (newComparisonQuery != null)
				msgs = ((InternalEObject)newComparisonQuery).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__COMPARISON_QUERY, null, msgs);
			msgs = basicSetComparisonQuery(newComparisonQuery, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__COMPARISON_QUERY, newComparisonQuery, newComparisonQuery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrderDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(OrderDirection newDirection) {
		OrderDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFrozenAt() {
		return frozenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrozenAt(Date newFrozenAt) {
		Date oldFrozenAt = frozenAt;
		frozenAt = newFrozenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__FROZEN_AT, oldFrozenAt, frozenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEvidence(Evidence newEvidence, NotificationChain msgs) {
		Evidence oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__EVIDENCE, oldEvidence, newEvidence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(Evidence newEvidence) {
		if (newEvidence != evidence) {
			NotificationChain msgs = null;
			if (evidence != null)
				msgs = ((InternalEObject)evidence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__EVIDENCE, null, msgs);
			if (newEvidence != null)
				msgs = ((InternalEObject)newEvidence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.PREDICTION__EVIDENCE, null, msgs);
			msgs = basicSetEvidence(newEvidence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PREDICTION__EVIDENCE, newEvidence, newEvidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.PREDICTION__QUERY:
				return basicSetQuery(null, msgs);
			case LmwPackage.PREDICTION__COMPARISON_QUERY:
				return basicSetComparisonQuery(null, msgs);
			case LmwPackage.PREDICTION__EVIDENCE:
				return basicSetEvidence(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.PREDICTION__STATEMENT:
				return getStatement();
			case LmwPackage.PREDICTION__KIND:
				return getKind();
			case LmwPackage.PREDICTION__METRIC:
				return getMetric();
			case LmwPackage.PREDICTION__QUERY:
				return getQuery();
			case LmwPackage.PREDICTION__WINDOW:
				return getWindow();
			case LmwPackage.PREDICTION__AT_STEP:
				return getAtStep();
			case LmwPackage.PREDICTION__LOWER:
				return getLower();
			case LmwPackage.PREDICTION__UPPER:
				return getUpper();
			case LmwPackage.PREDICTION__THEORY:
				return getTheory();
			case LmwPackage.PREDICTION__AGAINST:
				return getAgainst();
			case LmwPackage.PREDICTION__COMPARISON_QUERY:
				return getComparisonQuery();
			case LmwPackage.PREDICTION__DIRECTION:
				return getDirection();
			case LmwPackage.PREDICTION__CONFIDENCE:
				return getConfidence();
			case LmwPackage.PREDICTION__VERSION:
				return getVersion();
			case LmwPackage.PREDICTION__FROZEN_AT:
				return getFrozenAt();
			case LmwPackage.PREDICTION__CONTENT_HASH:
				return getContentHash();
			case LmwPackage.PREDICTION__VERDICT:
				return getVerdict();
			case LmwPackage.PREDICTION__EVIDENCE:
				return getEvidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LmwPackage.PREDICTION__STATEMENT:
				setStatement((String)newValue);
				return;
			case LmwPackage.PREDICTION__KIND:
				setKind((PredictionKind)newValue);
				return;
			case LmwPackage.PREDICTION__METRIC:
				setMetric((String)newValue);
				return;
			case LmwPackage.PREDICTION__QUERY:
				setQuery((RunQuery)newValue);
				return;
			case LmwPackage.PREDICTION__WINDOW:
				setWindow((Window)newValue);
				return;
			case LmwPackage.PREDICTION__AT_STEP:
				setAtStep((Long)newValue);
				return;
			case LmwPackage.PREDICTION__LOWER:
				setLower((Double)newValue);
				return;
			case LmwPackage.PREDICTION__UPPER:
				setUpper((Double)newValue);
				return;
			case LmwPackage.PREDICTION__THEORY:
				setTheory((String)newValue);
				return;
			case LmwPackage.PREDICTION__AGAINST:
				setAgainst((String)newValue);
				return;
			case LmwPackage.PREDICTION__COMPARISON_QUERY:
				setComparisonQuery((RunQuery)newValue);
				return;
			case LmwPackage.PREDICTION__DIRECTION:
				setDirection((OrderDirection)newValue);
				return;
			case LmwPackage.PREDICTION__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case LmwPackage.PREDICTION__VERSION:
				setVersion((Integer)newValue);
				return;
			case LmwPackage.PREDICTION__FROZEN_AT:
				setFrozenAt((Date)newValue);
				return;
			case LmwPackage.PREDICTION__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case LmwPackage.PREDICTION__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case LmwPackage.PREDICTION__EVIDENCE:
				setEvidence((Evidence)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LmwPackage.PREDICTION__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__QUERY:
				setQuery((RunQuery)null);
				return;
			case LmwPackage.PREDICTION__WINDOW:
				setWindow(WINDOW_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__AT_STEP:
				setAtStep(AT_STEP_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__LOWER:
				setLower(LOWER_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__UPPER:
				setUpper(UPPER_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__THEORY:
				setTheory(THEORY_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__AGAINST:
				setAgainst(AGAINST_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__COMPARISON_QUERY:
				setComparisonQuery((RunQuery)null);
				return;
			case LmwPackage.PREDICTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__FROZEN_AT:
				setFrozenAt(FROZEN_AT_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case LmwPackage.PREDICTION__EVIDENCE:
				setEvidence((Evidence)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LmwPackage.PREDICTION__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case LmwPackage.PREDICTION__KIND:
				return kind != KIND_EDEFAULT;
			case LmwPackage.PREDICTION__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case LmwPackage.PREDICTION__QUERY:
				return query != null;
			case LmwPackage.PREDICTION__WINDOW:
				return window != WINDOW_EDEFAULT;
			case LmwPackage.PREDICTION__AT_STEP:
				return atStep != AT_STEP_EDEFAULT;
			case LmwPackage.PREDICTION__LOWER:
				return lower != LOWER_EDEFAULT;
			case LmwPackage.PREDICTION__UPPER:
				return upper != UPPER_EDEFAULT;
			case LmwPackage.PREDICTION__THEORY:
				return THEORY_EDEFAULT == null ? theory != null : !THEORY_EDEFAULT.equals(theory);
			case LmwPackage.PREDICTION__AGAINST:
				return AGAINST_EDEFAULT == null ? against != null : !AGAINST_EDEFAULT.equals(against);
			case LmwPackage.PREDICTION__COMPARISON_QUERY:
				return comparisonQuery != null;
			case LmwPackage.PREDICTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case LmwPackage.PREDICTION__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case LmwPackage.PREDICTION__VERSION:
				return version != VERSION_EDEFAULT;
			case LmwPackage.PREDICTION__FROZEN_AT:
				return FROZEN_AT_EDEFAULT == null ? frozenAt != null : !FROZEN_AT_EDEFAULT.equals(frozenAt);
			case LmwPackage.PREDICTION__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case LmwPackage.PREDICTION__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case LmwPackage.PREDICTION__EVIDENCE:
				return evidence != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (statement: ");
		result.append(statement);
		result.append(", kind: ");
		result.append(kind);
		result.append(", metric: ");
		result.append(metric);
		result.append(", window: ");
		result.append(window);
		result.append(", atStep: ");
		result.append(atStep);
		result.append(", lower: ");
		result.append(lower);
		result.append(", upper: ");
		result.append(upper);
		result.append(", theory: ");
		result.append(theory);
		result.append(", against: ");
		result.append(against);
		result.append(", direction: ");
		result.append(direction);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", version: ");
		result.append(version);
		result.append(", frozenAt: ");
		result.append(frozenAt);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(')');
		return result.toString();
	}

} //PredictionImpl
